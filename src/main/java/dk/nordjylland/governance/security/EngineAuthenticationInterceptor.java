package dk.nordjylland.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Runs each call of our domain API as the authenticated Camunda user, so engine authorizations apply. */
@Component
class EngineAuthenticationInterceptor implements HandlerInterceptor {

  private final IdentityService identityService;

  EngineAuthenticationInterceptor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated()) {
      List<String> groups = auth.getAuthorities().stream()
          .map(a -> a.getAuthority())
          .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
          .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
          .toList();
      identityService.setAuthentication(auth.getName(), groups);
      MDC.put("user", auth.getName());
    }
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    identityService.clearAuthentication();
    MDC.remove("user");
  }
}
