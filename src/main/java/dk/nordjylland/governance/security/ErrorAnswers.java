package dk.nordjylland.governance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

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
}
