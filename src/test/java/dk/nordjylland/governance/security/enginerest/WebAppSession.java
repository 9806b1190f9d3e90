package dk.nordjylland.governance.security.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser's session in the web apps: the Tasklist page (CSRF token), the login, then calls with both. */
final class WebAppSession {

  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final String base;
  private String token;

  private WebAppSession(int port) {
    this.base = "http://localhost:" + port;
  }

  static WebAppSession login(int port, String user) throws Exception {
    WebAppSession session = new WebAppSession(port);
    HttpResponse<String> page = session.send("GET", "/camunda/app/tasklist/default/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    session.token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + user + "&password=test");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // The login starts a new session: its CSRF token comes with the next answer.
    assertThat(session.send("GET", "/camunda/api/admin/auth/user/default", null, null).statusCode()).isEqualTo(200);
    return session;
  }

  /** A call to the web apps' engine API (/camunda/api/engine/engine/default + path). */
  HttpResponse<String> engine(String method, String path, String jsonBody) throws Exception {
    return send(method, "/camunda/api/engine/engine/default" + path, jsonBody == null ? null : "application/json",
        jsonBody);
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Accept", "application/json, text/html");
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (token != null) {
      builder.header("X-XSRF-TOKEN", token);
    }
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = client.send(builder.build(), BodyHandlers.ofString());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
    return response;
  }
}
