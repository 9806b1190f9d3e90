package dk.nordjylland.governance.security.enginerest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call to Camunda's REST API, wherever it is served: /engine-rest[/engine/{name}]/... or the web apps'
 * /camunda/api/engine/engine/{name}/...; {@link #path()} is the resource path after that prefix, decoded the way
 * the JAX-RS router sees it ("/task/{id}/complete").
 */
record RestCall(String method, String engineName, String path, boolean webApp) {

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)?$");
  private static final Pattern WEB_APP = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)?$");

  static Optional<RestCall> of(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String decoded;
    try {
      decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.of(new RestCall(request.getMethod(), null, uri, false));
    }
    Matcher rest = ENGINE_REST.matcher(decoded);
    if (rest.matches()) {
      return Optional.of(new RestCall(request.getMethod(), rest.group(1), orRoot(rest.group(2)), false));
    }
    Matcher webApp = WEB_APP.matcher(decoded);
    if (webApp.matches()) {
      return Optional.of(new RestCall(request.getMethod(), webApp.group(1), orRoot(webApp.group(2)), true));
    }
    return Optional.empty();
  }

  private static String orRoot(String path) {
    return path == null ? "/" : path;
  }

  boolean isRead() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  /**
   * A path the JAX-RS router might read differently from a plain match: matrix parameters, empty or dot segments,
   * backslashes. Nobody's browser sends them; the guard refuses them instead of guessing.
   */
  boolean isAmbiguous() {
    return path.contains(";") || path.contains("//") || path.contains("\\") || path.matches(".*/\\.{1,2}(/.*)?");
  }

  /** The named groups of the pattern if the whole path matches it. */
  Optional<Matcher> match(Pattern pattern) {
    Matcher m = pattern.matcher(path);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }
}
