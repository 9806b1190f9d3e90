package dk.nordjylland.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The portal's own login (ADR 0062): a Danish form that creates the same session login as the Tasklist's (Camunda's
 * UserAuthenticationResource: checkPassword, then AuthenticationUtil's UserAuthentication in a NEW session, so a
 * planted session id is worth nothing) and sends the member back to the page they came from. One login for the
 * portal, the Tasklist and the documents the mails link. The throttle (LoginThrottleFilter) counts its 401s; CSRF
 * and the paths are in PortalSecurityConfig.
 */
@Controller
class PortalLoginController {

  static final String LOGIN = "/log-ind";
  static final String LOGOUT = "/log-ud";
  static final String BACK = "tilbage";

  private final ProcessEngine engine;
  private final WebappLogins logins;

  PortalLoginController(ProcessEngine engine, WebappLogins logins) {
    this.engine = engine;
    this.logins = logins;
  }

  @GetMapping(LOGIN)
  Object form(@RequestParam(name = BACK, required = false) String back, HttpServletRequest request,
      CsrfToken csrf, Model model) {
    String path = ReturnPath.of(back);
    if (logins.of(request).isPresent()) {
      return back(path);
    }
    return page(model, csrf, path, "", Map.of());
  }

  @PostMapping(LOGIN)
  Object login(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
      @RequestParam(name = BACK, required = false) String back, HttpServletRequest request,
      HttpServletResponse response, CsrfToken csrf, Model model) {
    String path = ReturnPath.of(back);
    String user = username == null ? "" : username.strip();
    Map<String, String> errors = new LinkedHashMap<>();
    if (user.isEmpty()) {
      errors.put("username", "Skriv dit brugernavn.");
    }
    if (password == null || password.isEmpty()) {
      errors.put("password", "Skriv din adgangskode.");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model, csrf, path, user, errors);
    }
    UserAuthentication authentication = engine.getIdentityService().checkPassword(user, password)
        ? AuthenticationUtil.createAuthentication(engine, user) : null;
    if (authentication == null) {
      // 401 is what LoginThrottleFilter counts as a wrong password; the message names neither field as the wrong one.
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Portal-Form realm=\"governance\"");
      return page(model, csrf, path, user,
          Map.of("password", "Brugernavnet eller adgangskoden er forkert. Prøv igen."));
    }
    Date validation = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
    if (validation != null) {
      authentication.setCacheValidationTime(validation);
    }
    // Camunda's own step: the old session is invalidated and the login goes into a new one (session fixation).
    AuthenticationUtil.revalidateSession(request, authentication);
    // The web apps' CSRF token, which Camunda's filter gives a session on its first web-app request: the task screens'
    // forms carry it (WebappCsrfToken), and a secretariat coming in here may open them before the Tasklist.
    WebappCsrfToken.giveTo(request.getSession());
    return back(path);
  }

  @GetMapping(LOGOUT)
  String logoutForm(HttpServletRequest request, CsrfToken csrf, Model model) {
    model.addAttribute("csrf", csrf);
    model.addAttribute("name", logins.of(request).map(a -> engine.getIdentityService().createUserQuery()
        .userId(a.getName()).singleResult()).map(u -> (u.getFirstName() + " " + u.getLastName()).strip())
        .orElse(null));
    return "portal/logout";
  }

  @PostMapping(LOGOUT)
  RedirectView logout(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return back(ReturnPath.FRONT_PAGE);
  }

  /** 303 to a path of ours, taken as it is (no "{...}" expansion, no model in the query). */
  private static RedirectView back(String path) {
    RedirectView view = new RedirectView(path, true);
    view.setExpandUriTemplateVariables(false);
    view.setExposeModelAttributes(false);
    view.setStatusCode(HttpStatus.SEE_OTHER);
    return view;
  }

  private static String page(Model model, CsrfToken csrf, String back, String username, Map<String, String> errors) {
    model.addAttribute("csrf", csrf);
    model.addAttribute("back", back);
    model.addAttribute("username", username);
    model.addAttribute("errors", errors);
    return "portal/login";
  }
}
