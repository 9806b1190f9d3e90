package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's own login (ADR 0062): a Danish form that logs in to the portal and the Tasklist at once (Camunda's
 * session login in a new session), sends the member back to the page given and only to a page of this application.
 */
@GovernanceTest
class PortalLoginTest {

  @LocalServerPort int port;
  final HttpClient client = HttpClient.newHttpClient(); // follows no redirects: each answer is looked at

  @Test
  void theRightPasswordLogsInToThePortalAndTheTasklistAndGoesBackToTheGivenPage() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> form = browser.get("/log-ind?tilbage=" + encode("/fora/ffu?side=2"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<html lang=\"da\"", "<label for=\"username\">Brugernavn</label>",
        "<label for=\"password\">Adgangskode</label>", "name=\"_csrf\"", "value=\"/fora/ffu?side=2\"");
    assertThat(browser.cookies).doesNotContainKey("SESSION"); // the form alone stores no session

    HttpResponse<String> login = browser.logIn("lone.berg", "test", "/fora/ffu?side=2");
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/fora/ffu?side=2");
    assertThat(browser.cookies).containsKey("SESSION");

    assertThat(browser.get("/fora/ffu").body()).contains("Logget ind som <strong>Lone Berg</strong>", "Log ud")
        .doesNotContain(">Log ind</a>");
    HttpResponse<String> tasklist = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("\"userId\":\"lone.berg\"");
  }

  @Test
  void afterThePortalsLoginTheTaskScreensFormsAreSentWithoutFirstOpeningTheTasklist() throws Exception {
    Browser browser = new Browser();
    browser.get("/log-ind?tilbage=" + encode("/screens/meetings"));
    assertThat(browser.logIn("karen.lund", "test", "/screens/meetings").statusCode()).isEqualTo(303);

    HttpResponse<String> page = browser.get("/screens/meetings");
    assertThat(page.statusCode()).isEqualTo(200);
    String csrf = token(page.body());
    assertThat(csrf).isNotBlank(); // the web apps' token, made with the session as the Tasklist would make it
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", csrf);
    form.put("new-date", "32-13-2026");
    HttpResponse<String> sent = browser.post("/screens/meetings", form);
    // Read and refused on its fields in Danish, not refused as a forged request.
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.body()).contains("32-13-2026 er ikke en gyldig dato").doesNotContain("sikkerhedsnøgle");
  }

  @Test
  void theLoginStartsANewSessionSoThatAPlantedSessionIdIsWorthNothing() throws Exception {
    Browser browser = new Browser();
    browser.get("/camunda/app/tasklist/"); // a session before the login, as an attacker could plant one
    String before = browser.cookies.get("SESSION");
    assertThat(before).isNotNull();

    browser.get("/log-ind");
    assertThat(browser.logIn("lone.berg", "test", "/").statusCode()).isEqualTo(303);

    assertThat(browser.cookies.get("SESSION")).isNotEqualTo(before);
    Browser attacker = new Browser();
    attacker.cookies.put("SESSION", before);
    assertThat(attacker.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
    assertThat(attacker.get("/").body()).doesNotContain("Logget ind som");
  }

  @Test
  void aWrongPasswordIsToldInDanishWithoutSayingWhichOfTheTwoWasWrongAndStartsNoSession() throws Exception {
    for (String[] attempt : new String[][] {{"lone.berg", "forkert"}, {"findes.ikke", "test"}}) {
      Browser browser = new Browser();
      browser.get("/log-ind?tilbage=%2Ffora");
      HttpResponse<String> refused = browser.logIn(attempt[0], attempt[1], "/fora");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
          v -> assertThat(v).doesNotStartWith("Basic"));
      assertThat(refused.body()).contains("Brugernavnet eller adgangskoden er forkert.", "aria-invalid=\"true\"",
          "value=\"" + attempt[0] + "\"");
      assertThat(browser.cookies).doesNotContainKey("SESSION");
    }
    Browser empty = new Browser();
    empty.get("/log-ind");
    HttpResponse<String> blank = empty.logIn("", "", "/");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Skriv dit brugernavn.", "Skriv din adgangskode.",
        "aria-describedby=\"username-fejl\"");
  }

  @Test
  void aReturnPathToAnotherHostGoesToTheFrontPage() throws Exception {
    for (String evil : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example/",
        "/\t/evil.example", "javascript:alert(1)", "evil.example"}) {
      Browser browser = new Browser();
      browser.get("/log-ind");
      HttpResponse<String> login = browser.logIn("lone.berg", "test", evil);
      assertThat(login.statusCode()).as(evil).isEqualTo(303);
      assertThat(login.headers().firstValue("Location")).as(evil).hasValue("/");
    }
    // The form does not echo it either.
    assertThat(new Browser().get("/log-ind?tilbage=" + encode("//evil.example")).body())
        .doesNotContain("evil.example");
  }

  @Test
  void aLoginWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> forged = client.send(HttpRequest.newBuilder(uri("/log-ind"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=lone.berg&password=test&tilbage=%2F")).build(), BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Formularen er udløbet");
    assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
  }

  @Test
  void logOutEndsTheSessionOfThePortalAndTheTasklist() throws Exception {
    Browser browser = new Browser();
    browser.get("/log-ind");
    browser.logIn("lone.berg", "test", "/");
    HttpResponse<String> confirm = browser.get("/log-ud");
    assertThat(confirm.body()).contains("Du er logget ind som <strong>Lone Berg</strong>", "<button type=\"submit\">Log ud");

    HttpResponse<String> out = browser.post("/log-ud", Map.of("_csrf", token(confirm.body())));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(browser.get("/").body()).doesNotContain("Logget ind som");
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
  }

  @Test
  void aPortalPagesLoginLinkComesBackToThatPage() throws Exception {
    assertThat(new Browser().get("/fora/ffu").body()).contains("href=\"/log-ind?tilbage=%2Ffora%2Fffu\"");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String token(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  /** A browser's cookie jar, without JavaScript. */
  final class Browser {
    final Map<String, String> cookies = new LinkedHashMap<>();
    String lastForm;

    HttpResponse<String> get(String path) throws Exception {
      // The web apps' API answers JSON, as the Tasklist asks for it.
      String accept = path.startsWith("/camunda/api/") ? "application/json" : "text/html";
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
      if (response.body().contains("name=\"_csrf\"")) {
        lastForm = response.body();
      }
      return response;
    }

    HttpResponse<String> logIn(String user, String password, String back) throws Exception {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("_csrf", token(lastForm));
      form.put("username", user);
      form.put("password", password);
      form.put("tilbage", back);
      return post("/log-ind", form);
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      String body = String.join("&", form.entrySet().stream()
          .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).toList());
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "text/html").POST(BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream()
            .map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String[] pair = cookie.split(";", 2)[0].split("=", 2);
        if (pair[1].isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
          cookies.remove(pair[0]);
        } else {
          cookies.put(pair[0], pair[1]);
        }
      }
      return response;
    }
  }
}
