package dk.nordjylland.governance.attachment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the limit: 413 with a Danish problem detail naming the limit. Spring's own exception is thrown while
 * the multipart body is read, before any controller is chosen, so this advice is global; it runs before
 * rest.ApiExceptionHandler, whose general text for 413 does not name the limit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

  private final ItemAttachments attachments;

  AttachmentProblems(ItemAttachments attachments) {
    this.attachments = attachments;
  }

  @ExceptionHandler(FileTooLargeException.class)
  ProblemDetail tooLarge(FileTooLargeException e) {
    return problem(e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem("Filen er for stor. Et bilag må højst fylde " + attachments.maxSizeText() + ".");
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setTitle("For stor fil");
    return problem;
  }
}
