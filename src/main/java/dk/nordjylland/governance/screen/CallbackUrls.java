package dk.nordjylland.governance.screen;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where "back" leads: the Tasklist's callback URL when it points into this server's Tasklist, else the Tasklist's start.
 * Never elsewhere, so a link to a screen cannot send a person on to a foreign site (open redirect).
 */
public final class CallbackUrls {

  static final String TASKLIST = "/camunda/app/tasklist/";

  private CallbackUrls() {}

  public static String safe(HttpServletRequest request, String callbackUrl) {
    String fallback = request.getContextPath() + TASKLIST;
    if (callbackUrl == null || callbackUrl.isBlank()) {
      return fallback;
    }
    try {
      URI uri = new URI(callbackUrl.strip());
      boolean sameHost = uri.getHost() == null && uri.getScheme() == null
          || ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
              && request.getServerName().equalsIgnoreCase(uri.getHost());
      String path = uri.getRawPath();
      if (sameHost && path != null && path.startsWith(request.getContextPath() + TASKLIST) && !path.contains("..")) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // not a URL: the fallback
    }
    return fallback;
  }
}
