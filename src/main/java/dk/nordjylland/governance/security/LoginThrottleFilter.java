package dk.nordjylland.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The four doors that check a password: the web apps' login form (POST /camunda/api/admin/auth/user/{engine}/login/
 * {app}), the portal's login form (POST /log-ind, ADR 0062), HTTP Basic on /engine-rest (Camunda's filter) and HTTP Basic on /api and /actuator (Spring Security). Before
 * the door sees the password, a throttled address is answered 429 with Retry-After; afterwards the door's answer
 * (401 = wrong password) is counted by LoginThrottle.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
  /** A login form is a few hundred bytes; anything longer is not read into memory here. */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean portalLogin = "POST".equals(request.getMethod()) && PortalLoginController.LOGIN.equals(path);
    boolean webappLogin = portalLogin || "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
    HttpServletRequest forwarded = request;
    Optional<String> user;
    if (webappLogin) {
      byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      FormBody form = new FormBody(request, body);
      user = Optional.ofNullable(form.formValue("username")).filter(u -> !u.isBlank());
      forwarded = form;
    } else if (!path.startsWith("/camunda/")) {
      user = basicUser(request);
    } else {
      user = Optional.empty(); // the web apps' other calls use their session, not a password
    }
    if (user.isEmpty()) {
      chain.doFilter(forwarded, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(address, user.get());
    if (wait.isPresent()) {
      refuse(request, response, wait.get(), portalLogin);
      return;
    }
    chain.doFilter(forwarded, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, user.get());
    } else if (status < 400 || !webappLogin) {
      throttle.succeeded(address, user.get());
    }
  }

  static Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not Base64: the door answers 401 itself
    }
  }

  /** 429 with Retry-After: a problem detail on our API, Camunda's error JSON on its REST API and login. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait,
      boolean portalLogin) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    String detail = "For mange forkerte adgangskoder fra din adresse. Vent " + (seconds >= 120
        ? ((seconds + 59) / 60) + " minutter" : seconds + " sekunder") + ", og prøv igen.";
    if (portalLogin) { // a browser's form: a page, not JSON
      ErrorAnswers.html(response, 429, "For mange forsøg", detail, PortalLoginController.LOGIN);
      return;
    }
    ErrorAnswers.write(request, response, 429, "TooManyLoginAttempts", "For mange forsøg", detail);
  }

  /** The login form, read here to learn the user name and handed on unchanged to Camunda's login resource. */
  private static final class FormBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    FormBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      parameters.putAll(request.getParameterMap()); // the query string; the body is already read
      for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          String name = decode(eq < 0 ? pair : pair.substring(0, eq));
          String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
          parameters.merge(name, new String[] {value}, (a, b) -> concat(a, b));
        }
      }
    }

    String formValue(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return text;
      }
    }

    private static String[] concat(String[] a, String[] b) {
      String[] all = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
      return formValue(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
