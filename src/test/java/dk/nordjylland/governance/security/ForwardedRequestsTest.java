package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.support.GovernanceTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a proxy whose forward headers are trusted (GOVERNANCE_FORWARD_HEADERS=native; the test server trusts
 * 127.0.0.1), so that X-Forwarded-Proto marks a request secure and X-Forwarded-For names the client's address:
 * HSTS on every door, and wrong passwords throttled per address on every door, without locking the member out.
 * The production settings, except a first delay of 30 s (2 s in production), so that a slow test machine cannot
 * outwait it (the test profile switches throttling off for the other tests, which all call from 127.0.0.1).
 */
@GovernanceTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
    "governance.login-throttle.free-failures=5", "governance.login-throttle.address-failures=30",
    "governance.login-throttle.first-delay=30s"})
class ForwardedRequestsTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  final HttpClient client = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyDoorSendsHstsOverHttps() throws Exception {
    for (String path : new String[] {"/camunda/app/tasklist/default/", "/engine-rest/engine", "/api/forums"}) {
      HttpResponse<String> response = client.send(request(path, "198.51.100.1", "lone.berg", "test")
          .header("X-Forwarded-Proto", "https").build(), BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
          .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
      assertThat(response.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
    }
  }

  @Test
  void wrongPasswordsFromOneAddressAreRefusedOnTheApiWhileTheMemberLogsInFromAnother() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(send("/api/forums", "203.0.113.1", "lone.berg", "gæt" + i).statusCode());
    }
    assertThat(statuses.subList(0, 6)).containsOnly(401);
    assertThat(statuses.subList(6, 8)).containsOnly(429);

    // Even the right password waits at that address, for that user; the problem detail says how long.
    HttpResponse<String> refused = send("/api/forums", "203.0.113.1", "lone.berg", "test");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json.readTree(refused.body()).get("detail").asText())
        .startsWith("For mange forkerte adgangskoder fra din adresse. Vent ");

    assertThat(send("/api/forums", "198.51.100.2", "lone.berg", "test").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsAreThrottledOnTheEngineRestApiToo() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(send("/engine-rest/task", "203.0.113.2", "karen.lund", "gæt" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> refused = send("/engine-rest/task", "203.0.113.2", "karen.lund", "test");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(json.readTree(refused.body()).get("message").asText()).startsWith("For mange forkerte adgangskoder");
    assertThat(send("/engine-rest/task", "198.51.100.3", "karen.lund", "test").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsAreThrottledOnTheWebAppsLoginToo() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(webappLogin("203.0.113.3", "mads.kjaer", "gæt" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> refused = webappLogin("203.0.113.3", "mads.kjaer", "test");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> member = webappLogin("198.51.100.4", "mads.kjaer", "test");
    assertThat(member.statusCode()).isEqualTo(200);
    assertThat(member.body()).contains("\"userId\":\"mads.kjaer\"");
  }

  @Test
  void wrongPasswordsAreThrottledOnThePortalsLoginToo() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(portalLogin("203.0.113.4", "lone.berg", "gæt" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> refused = portalLogin("203.0.113.4", "lone.berg", "test");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(refused.body()).contains("<html lang=\"da\">", "For mange forkerte adgangskoder fra din adresse. Vent ");
    assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
    HttpResponse<String> member = portalLogin("198.51.100.6", "lone.berg", "test");
    assertThat(member.statusCode()).isEqualTo(303);
  }

  @Test
  void aStrangersWrongPasswordsFromSeveralAddressesDoNotLockTheMemberOut() throws Exception {
    // Twelve wrong passwords reach the engine (four from each of three addresses, below the throttle): Camunda's
    // own lockout would have locked the account for good after ten, and delayed it after each.
    for (int i = 0; i < 12; i++) {
      assertThat(send("/engine-rest/task", "203.0.113." + (10 + i % 3), "ida.winther", "gæt" + i).statusCode())
          .isEqualTo(401);
    }
    assertThat(send("/engine-rest/task", "198.51.100.5", "ida.winther", "test").statusCode()).isEqualTo(200);
    assertThat(send("/api/forums", "198.51.100.5", "ida.winther", "test").statusCode()).isEqualTo(200);
    // Nor is a lock recorded that a moved engine clock could bring back.
    for (int i = 0; i < 3; i++) {
      assertThat(send("/engine-rest/task", "203.0.113.20", "ida.winther", "gæt" + i).statusCode()).isEqualTo(401);
    }
    assertThat(jdbc.sql("select coalesce(attempts_, 0) from act_id_user where id_ = 'ida.winther'").query(Integer.class).single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from act_id_user where id_ = 'ida.winther' and lock_exp_time_ is not null")
        .query(Integer.class).single()).isZero();
  }

  private HttpResponse<String> send(String path, String address, String user, String password) throws Exception {
    return client.send(request(path, address, user, password).build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String address, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-Forwarded-For", address)
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** The portal's login form (ADR 0062), with the CSRF cookie and field of its page, as a browser sends it. */
  private HttpResponse<String> portalLogin(String address, String user, String password) throws Exception {
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/log-ind"))
        .header("X-Forwarded-For", address).build(), BodyHandlers.ofString());
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0]).toList());
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(page.body());
    assertThat(token.find()).isTrue();
    String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + user
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&tilbage=%2F";
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/log-ind"))
        .header("X-Forwarded-For", address).header("Cookie", cookies)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
        BodyHandlers.ofString());
  }

  /** The web apps' login form, with the CSRF token and session of the login page, as a browser sends it. */
  private HttpResponse<String> webappLogin(String address, String user, String password) throws Exception {
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).header("X-Forwarded-For", address).build(),
        BodyHandlers.ofString());
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0]).toList());
    String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("X-Forwarded-For", address)
        .header("Cookie", cookies)
        .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
  }
}
