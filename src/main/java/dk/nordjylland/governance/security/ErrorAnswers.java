package dk.nordjylland.governance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors written by servlet filters, in the form each door's clients read: Camunda's error JSON ({"type",
 * "message"}, shown by the Tasklist) on /engine-rest and /camunda, a problem detail everywhere else.
 */
final class ErrorAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorAnswers() {}

  static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
      String detail) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest") || path.startsWith("/camunda")) {
      Map<String, String> error = new LinkedHashMap<>();
      error.put("type", type);
      error.put("message", detail);
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      JSON.writeValue(response.getOutputStream(), error);
    } else {
      ProblemResponses.write(request, response, status, title, detail);
    }
  }

  /** A small Danish page for a browser's form (the portal's login): what went wrong and a link to try again. */
  static void html(HttpServletResponse response, int status, String title, String detail, String againPath)
      throws IOException {
    String page = """
        <!DOCTYPE html>
        <html lang="da">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s</title><link rel="stylesheet" href="/portal/assets/portal.css"></head>
        <body><main id="indhold"><h1>%1$s</h1><p>%2$s</p><p><a href="%3$s">Til login-siden</a> ·
        <a href="/">Til forsiden</a></p></main></body>
        </html>
        """.formatted(HtmlUtils.htmlEscape(title, "UTF-8"), HtmlUtils.htmlEscape(detail, "UTF-8"),
            HtmlUtils.htmlEscape(againPath, "UTF-8"));
    response.setStatus(status);
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
  }
}
