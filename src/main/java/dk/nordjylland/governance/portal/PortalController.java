package dk.nordjylland.governance.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The meeting portal (issue 17, ADR 0049): Danish server-rendered pages for the public and, with more content, for
 * users logged in to the Tasklist. Read-only: GET only (PortalSecurityConfig). Who sees what: {@link PortalAccess}.
 * This controller: the HTML pages; the calendar files, the PDFs and the bilag have their own controllers, and
 * {@link PortalPageAdvice} gives them all the visitor and the Danish 404 page.
 */
@Controller
class PortalController {

  /** The Tasklist, linked for a logged-in visitor; its session is the portal's too. */
  static final String TASKLIST = "/camunda/app/tasklist/";
  /** The portal's own login (security.PortalLoginController, ADR 0062), which comes back to the given path. */
  static final String LOGIN = "/log-ind";
  /** A meeting's calendar file, under the meeting's page: "/moeder/{id}/kalender.ics". */
  static final String CALENDAR = "kalender.ics";

  private final PortalVisitors visitors;
  private final ForumPages forums;
  private final MeetingPages meetings;
  private final CasePassports cases;

  PortalController(PortalVisitors visitors, ForumPages forums, MeetingPages meetings, CasePassports cases) {
    this.visitors = visitors;
    this.forums = forums;
    this.meetings = meetings;
    this.cases = cases;
  }

  /** "Log ind" on a page: the login, then back to this very page (path and query of this application). */
  static String loginHref(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length())
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return LOGIN + "?tilbage=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  @GetMapping({"/", "/fora"})
  String front(Model model) {
    model.addAttribute("forums", forums.forums(visitors.viewer()));
    return "portal/front";
  }

  @GetMapping("/fora/{forumId}")
  String forum(@PathVariable String forumId, Model model) {
    model.addAttribute("page", forums.page(visitors.viewer(), forumId));
    return "portal/forum";
  }

  @GetMapping("/moeder/{meetingId}")
  String meeting(@PathVariable String meetingId, Model model) {
    model.addAttribute("page", meetings.page(visitors.viewer(), meetingId));
    return "portal/meeting";
  }

  @GetMapping("/sager/{itemId}")
  String casePassport(@PathVariable long itemId, Model model) {
    model.addAttribute("page", cases.page(visitors.viewer(), itemId));
    return "portal/case";
  }

  @GetMapping("/tilgaengelighed")
  String accessibility() {
    return "portal/accessibility";
  }

  /**
   * A mistyped or cut-off address under a portal page ("/moeder/{id}/x"): the portal's Danish 404 page, not the
   * API's problem JSON that Spring's fallback would give a citizen's browser. The pages and files above win (more
   * specific patterns).
   */
  @GetMapping({"/fora/*/**", "/moeder/*/**", "/sager/*/**"})
  String unknownAddress() {
    throw new PortalNotFoundException("Siden findes ikke.");
  }
}
