package dk.nordjylland.governance.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every portal controller shares: the visitor and the login link on each page, and the Danish 404 page for
 * unknown, hidden or malformed ids. Before rest.ApiExceptionHandler (global), whose problem JSON is for the API.
 */
@ControllerAdvice(assignableTypes = {PortalController.class, PortalCalendarController.class,
    PortalDocumentController.class, PortalAttachmentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPageAdvice {

  private final PortalVisitors visitors;
  private final HttpServletRequest request;

  PortalPageAdvice(PortalVisitors visitors, HttpServletRequest request) {
    this.visitors = visitors;
    this.request = request; // Spring's proxy of the current request
  }

  @ModelAttribute
  void common(Model model) {
    Viewer viewer = visitors.viewer();
    model.addAttribute("viewer", viewer);
    model.addAttribute("loginHref", PortalController.loginHref(request));
  }

  /** Unknown, hidden or malformed ids: the same Danish page, status 404. */
  @ExceptionHandler({PortalNotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(Exception e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    common(model);
    model.addAttribute("message", e instanceof PortalNotFoundException ? e.getMessage() : "Siden findes ikke.");
    return "portal/not-found";
  }
}
