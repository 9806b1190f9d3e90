package dk.nordjylland.governance.security;

import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.HtmlUtils;

/**
 * The 401 of our API (ADR 0029). For scripts and API clients: a Danish problem detail with the Basic challenge, as
 * always. For a browser following a link (GET, Accept names text/html, no Authorization header sent) without a
 * login: a Danish page "Log ind først" with a link to the portal's login that comes back here (ADR 0062), and no Basic
 * challenge, so the browser does not open its password dialog (the "second password" of issue 14).
 */
final class NotLoggedInAnswer implements AuthenticationEntryPoint {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (isBrowserNavigation(request)) {
      page(request, response);
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"governance\", charset=\"UTF-8\"");
    ProblemResponses.write(request, response, 401, "Ikke logget ind",
        "Log ind med brugernavn og adgangskode (HTTP Basic). Forkert brugernavn eller adgangskode giver også dette svar.");
  }

  /** A top-level page load: browsers ask for text/html by name; fetch, curl and HTTP clients ask for JSON or *&#47;*. */
  static boolean isBrowserNavigation(HttpServletRequest request) {
    if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    try {
      List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
      return accepted.stream().anyMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()));
    } catch (InvalidMediaTypeException ex) {
      return false;
    }
  }

  private static void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String context = request.getContextPath();
    // Back to the same address: only ever a path of our API (this chain answers nothing else), never another host.
    String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    // One login in the same tab that comes back here (ADR 0062): the portal's login page creates the Tasklist's session.
    String login = context + PortalLoginController.LOGIN + "?" + PortalLoginController.BACK + "="
        + URLEncoder.encode(back.substring(context.length()), StandardCharsets.UTF_8);
    String html = """
        <!DOCTYPE html>
        <html lang="da">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Log ind først</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}</style>
        </head>
        <body>
        <main>
        <h1>Log ind først</h1>
        <p>Dokumenter og data i styringssystemet åbnes med dit login til Opgavelisten og mødeportalen.</p>
        <p><a href="%s">Log ind</a>. Bagefter kommer du tilbage hertil.</p>
        <p>Er du allerede logget ind i en anden fane, så <a href="%s">prøv igen</a>.</p>
        </main>
        </body>
        </html>
        """.formatted(HtmlUtils.htmlEscape(login), HtmlUtils.htmlEscape(back));
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    // A 401 must name a scheme; this one is no browser's, so no password dialog opens.
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Tasklist-Session realm=\"governance\"");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
