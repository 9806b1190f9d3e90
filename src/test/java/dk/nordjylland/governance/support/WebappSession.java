package dk.nordjylland.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A browser's cookies and CSRF token, as the Camunda web apps keep them, and their login the way the browser does. */
public final class WebappSession {

  public final Map<String, String> cookies = new LinkedHashMap<>();
  public String token;
  private final TestRestTemplate http;

  public WebappSession(TestRestTemplate http) {
    this.http = http;
  }

  /**
   * As the Tasklist: the page (a session and its CSRF token), the login form, then a read that hands out the
   * logged-in session's token (the login starts a new session).
   */
  public WebappSession logIn(String user) {
    exchange(HttpMethod.GET, "/camunda/app/tasklist/", null, null);
    ResponseEntity<String> login = exchange(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist",
        MediaType.APPLICATION_FORM_URLENCODED, "username=" + user + "&password=test");
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
    assertThat(token).isNotBlank();
    return this;
  }

  /** The Tasklist's "Log ud". */
  public void logOut() {
    ResponseEntity<String> logout = exchange(HttpMethod.POST, "/camunda/api/admin/auth/user/default/logout",
        MediaType.APPLICATION_JSON, "{}");
    assertThat(logout.getStatusCode().value()).as(logout.getBody()).isEqualTo(200);
  }

  /** A call with all the browser's cookies and the CSRF token (if any), as the web apps make it. */
  public ResponseEntity<String> exchange(HttpMethod method, String path, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    if (token != null) {
      headers.set("X-XSRF-TOKEN", token);
    }
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair[1]);
    }
    String issued = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (issued != null && !issued.equals("Required")) {
      token = issued;
    }
    return response;
  }

  /**
   * A call of our API with only the SESSION cookie, as a link from a task or a mail (or a script of a page) makes it;
   * with the CSRF token in X-XSRF-TOKEN if asked.
   */
  public ResponseEntity<String> api(HttpMethod method, String path, String json, boolean withToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.ALL));
    headers.set(HttpHeaders.COOKIE, "SESSION=" + cookies.get("SESSION"));
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (withToken) {
      headers.set("X-XSRF-TOKEN", token);
    }
    return http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }
}
