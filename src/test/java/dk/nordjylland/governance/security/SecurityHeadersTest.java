package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * nosniff on every door, also those Spring Security leaves to Camunda; no HSTS over plain HTTP (see
 * ForwardedRequestsTest for HTTPS); the web apps' CSP without 'unsafe-eval'.
 */
@GovernanceTest
class SecurityHeadersTest {

  @Autowired TestRestTemplate http;

  @Test
  void everyDoorSendsNosniffAndNoHstsOverPlainHttp() {
    for (String path : new String[] {"/camunda/app/tasklist/", "/engine-rest/engine", "/engine-rest/task",
        "/api/forums", "/engine-rest/unknown"}) {
      HttpHeaders headers = get(path).getHeaders();
      assertThat(headers.get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
      assertThat(headers.get("Strict-Transport-Security")).as(path).isNull();
    }
  }

  @Test
  void theWebAppsContentSecurityPolicyAllowsNoEval() {
    String csp = get("/camunda/app/tasklist/").getHeaders().getFirst("Content-Security-Policy");
    assertThat(csp).contains("script-src", "default-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
    assertThat(get("/camunda/app/cockpit/").getHeaders().getFirst("Content-Security-Policy"))
        .doesNotContain("unsafe-eval");
  }

  private ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("lone.berg", "test");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
