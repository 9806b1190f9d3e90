package dk.nordjylland.governance.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One set of users for everything: our API and Actuator check passwords against Camunda's identity
 * service, and the user's Camunda groups become authorities ("GROUP_ffu-secretariat").
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || credentials == null || !identityService.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Forkert brugernavn eller adgangskode");
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groupsOf(user));
  }

  /** The user's Camunda groups as authorities, read from the engine on every request (also for WebappLogins). */
  List<SimpleGrantedAuthority> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g.getId()))
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
