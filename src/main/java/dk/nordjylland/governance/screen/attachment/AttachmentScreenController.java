package dk.nordjylland.governance.screen.attachment;

import dk.nordjylland.governance.attachment.FileTooLargeException;
import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

/**
 * Adds a file to an item from a task screen without completing the task (fragment "form" of
 * templates/screens/attachments.html): a new attachment, or the file of one announced as "eftersendes" ({@code number}).
 * The same rules as the API (ItemAttachments). Done: 303 back to the screen it came from, which says so. Refused: a
 * Danish page with the reason and the way back; nothing is stored. The form carries the page's CSRF field, checked by
 * security.WebappSessionApiFilter like every screen's.
 */
@Controller
class AttachmentScreenController {

  static final String PATH = "/screens/attachments/";

  private final ItemAttachments attachments;

  AttachmentScreenController(ItemAttachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping(PATH + "{itemId}")
  String upload(@PathVariable long itemId, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title, @RequestParam(required = false) Integer number,
      @RequestParam(required = false) String back, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    String screen = request.getContextPath() + "/screens/" + (back != null && back.matches("[a-z0-9-]{1,60}") ? back
        : "done") + "?taskId=" + encode(taskId) + "&callbackUrl=" + encode(callbackUrl);
    try {
      Upload upload = Upload.of(file);
      Attachment stored = number == null ? attachments.upload(itemId, title, upload, user.getName())
          : attachments.supply(itemId, number, upload, user.getName());
      request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
      return "redirect:" + screen + "&bilag=" + itemId + "-" + stored.number() + "#bilag";
    } catch (FileTooLargeException e) {
      return refused(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), screen, request, response, model);
    } catch (NotAllowedException e) {
      return refused(HttpStatus.FORBIDDEN, e.getMessage(), screen, request, response, model);
    } catch (UserInputException e) {
      return refused(HttpStatus.BAD_REQUEST, e.getMessage(), screen, request, response, model);
    } catch (ConflictException e) {
      return refused(HttpStatus.CONFLICT, e.getMessage(), screen, request, response, model);
    } catch (NotFoundException e) {
      return refused(HttpStatus.NOT_FOUND, e.getMessage(), screen, request, response, model);
    }
  }

  private static String refused(HttpStatus status, String message, String screen, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.setStatus(status.value());
    model.addAttribute("message", message);
    model.addAttribute("screen", screen);
    model.addAttribute("callbackUrl", request.getContextPath() + "/camunda/app/tasklist/");
    model.addAttribute("taskName", "Bilaget er ikke gemt");
    return "screens/attachment-refused";
  }

  private static String encode(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
