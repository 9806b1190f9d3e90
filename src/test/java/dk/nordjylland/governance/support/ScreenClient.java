package dk.nordjylland.governance.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person at a task screen (ADR 0033) with the Tasklist's login session, as the browser does it: opens the page and
 * posts its form with the page's hidden CSRF field. No redirects are followed, so a test sees the 303 to the receipt.
 */
public final class ScreenClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private final WebappSession session;
  private final TestRestTemplate http;

  public ScreenClient(TestRestTemplate http, String user) {
    this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    this.session = new WebappSession(http).logIn(user);
  }

  public static String path(String screen, String taskId) {
    return "/screens/" + screen + "?taskId=" + taskId + "&callbackUrl="
        + URLEncoder.encode("http://localhost/camunda/app/tasklist/default/", StandardCharsets.UTF_8);
  }

  public ResponseEntity<String> open(String screen, String taskId) {
    return exchange(HttpMethod.GET, path(screen, taskId), null, null);
  }

  /** Opens the screen, then posts the fields with the page's CSRF token. */
  public ResponseEntity<String> submit(String screen, String taskId, Map<String, ?> fields) {
    String page = open(screen, taskId).getBody();
    Matcher token = CSRF.matcher(page == null ? "" : page);
    MultiValueMap<String, Object> form = form(fields);
    form.add("_csrf", token.find() ? token.group(1) : "");
    return exchange(HttpMethod.POST, path(screen, taskId), MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  /** Opens the screen now and returns its post for later (two people on the same page who submit at once). */
  public Supplier<ResponseEntity<String>> opened(String screen, String taskId, Map<String, ?> fields) {
    String page = open(screen, taskId).getBody();
    Matcher token = CSRF.matcher(page == null ? "" : page);
    MultiValueMap<String, Object> form = form(fields);
    form.add("_csrf", token.find() ? token.group(1) : "");
    return () -> exchange(HttpMethod.POST, path(screen, taskId), MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  /** Submits and expects the task done (303 to the receipt); else fails with the page's answer. */
  public void submitOk(String screen, String taskId, Map<String, ?> fields) {
    ResponseEntity<String> answer = submit(screen, taskId, fields);
    URI location = answer.getHeaders().getLocation();
    if (answer.getStatusCode().value() != 303 || location == null || !location.getPath().equals("/screens/done")) {
      throw new AssertionError("/screens/" + screen + " answered " + answer.getStatusCode() + ": " + answer.getBody());
    }
  }

  /**
   * Opens a screen that belongs to no task (the proposal, a start form), then posts its form with the page's token; a
   * page without a form (nothing to choose) is posted by hand with the session's own token.
   */
  public ResponseEntity<String> post(String path, Map<String, ?> fields) {
    String page = get(path).getBody();
    Matcher token = CSRF.matcher(page == null ? "" : page);
    MultiValueMap<String, Object> form = form(fields);
    form.add("_csrf", token.find() ? token.group(1) : session.token);
    return exchange(HttpMethod.POST, path, MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  /** Posts without the page's token (a forged request from another site). */
  public ResponseEntity<String> submitWithoutToken(String screen, String taskId, Map<String, ?> fields) {
    return exchange(HttpMethod.POST, path(screen, taskId), MediaType.APPLICATION_FORM_URLENCODED, form(fields));
  }

  public ResponseEntity<String> get(String path) {
    return exchange(HttpMethod.GET, path, null, null);
  }

  /** Follows a redirect as the browser does: the Location exactly as sent (a String path would be encoded again). */
  public ResponseEntity<String> follow(ResponseEntity<String> redirect) {
    URI location = redirect.getHeaders().getLocation();
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    headers.set(HttpHeaders.COOKIE, "SESSION=" + session.cookies.get("SESSION"));
    URI absolute = location.isAbsolute() ? location
        : URI.create(http.getRootUri() + location.toString());
    return http.exchange(absolute, HttpMethod.GET, new HttpEntity<>(null, headers), String.class);
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, MediaType type, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    headers.set(HttpHeaders.COOKIE, "SESSION=" + session.cookies.get("SESSION"));
    if (type != null) {
      headers.setContentType(type);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static MultiValueMap<String, Object> form(Map<String, ?> fields) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    fields.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        list.forEach(v -> form.add(name, String.valueOf(v)));
      } else {
        form.add(name, String.valueOf(value));
      }
    });
    return form;
  }
}
