package dk.nordjylland.governance.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.validation.TextCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place every text a user sends passes: each JSON body to our API (/api) and to Camunda's REST APIs
 * (/engine-rest, and /camunda/api/engine, where the Tasklist submits its forms) is read once here, and a string that
 * holds a character no text may hold ({@link TextCharacters}) is refused with 400 and a Danish message naming the
 * field, before anything reads the request, so nothing is stored. Our API answers a problem detail, the engine's
 * APIs Camunda's error JSON. Bodies that are not JSON, or not valid JSON, go on unchanged: their own parser refuses
 * them.
 */
@Configuration(proxyBeanMethods = false)
class TextInputCheck {

  /** Reads raw control characters in strings too (invalid JSON), so that their message names the field as well. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();
  private static final ObjectMapper WRITER = new ObjectMapper();
  /** Names of the wrappers around a value in Camunda's variable JSON: {"title": {"value": "..."}}. */
  private static final Set<String> WRAPPERS = Set.of("value", "variables", "modifications", "valueInfo");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> textInputCheckFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setName("text-input-check");
    // After authentication (Spring Security -100, Camunda's REST authentication 101): strangers get 401, not 400.
    registration.setOrder(1000);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!List.of("POST", "PUT", "PATCH").contains(request.getMethod()) || !isJson(request.getContentType())) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readAllBytes();
      Optional<String> problem = problem(body);
      if (problem.isEmpty()) {
        chain.doFilter(new ReadBody(request, body), response);
        return;
      }
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        ProblemResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Ugyldige oplysninger",
            problem.get());
      } else {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "UserInputException");
        error.put("message", problem.get());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        WRITER.writeValue(response.getOutputStream(), error);
      }
    }

    private static boolean isJson(String contentType) {
      if (contentType == null) {
        return false;
      }
      try {
        MediaType type = MediaType.parseMediaType(contentType);
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  /** The first string (or field name) in the JSON with a character no text may hold, as a Danish message. */
  static Optional<String> problem(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          Optional<String> problem = TextCharacters.problem(field(parser.getParsingContext()), parser.getText());
          if (problem.isPresent()) {
            return problem;
          }
        }
      }
    } catch (IOException e) {
      // Not JSON: the API's own parser answers that.
    }
    return Optional.empty();
  }

  /** The innermost field name that names the field, not one of Camunda's wrappers around its value. */
  private static String field(JsonStreamContext context) {
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.getCurrentName() != null && !WRAPPERS.contains(c.getCurrentName())) {
        return c.getCurrentName();
      }
    }
    return "tekst";
  }
}
