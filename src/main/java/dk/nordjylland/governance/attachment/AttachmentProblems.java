package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the limit: 413 with a Danish problem detail naming the limit. Spring's own exception is thrown while
 * the multipart body is read, before any controller is chosen, so this advice is global; it runs before
 * rest.ApiExceptionHandler, whose general text for 413 does not name the limit. The answer is written and closed
 * here: the container then drops the connection rather than read the rest of a large body, and an answer still
 * being streamed would be cut off.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

  static final String TITLE = "For stor fil";

  private final ItemAttachments attachments;

  AttachmentProblems(ItemAttachments attachments) {
    this.attachments = attachments;
  }

  @ExceptionHandler(FileTooLargeException.class)
  void tooLarge(FileTooLargeException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response, "Filen er for stor. Et bilag må højst fylde " + attachments.maxSizeText() + ".");
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader("Connection", "close");
    ProblemResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TITLE, detail);
  }
}
