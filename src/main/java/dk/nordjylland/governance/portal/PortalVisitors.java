package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is visiting the portal in this request; what that visitor may see: {@link PortalAccess}. */
@Component
class PortalVisitors {

  private final ForumAccess forumAccess;
  private final MasterData masterData;

  PortalVisitors(ForumAccess forumAccess, MasterData masterData) {
    this.forumAccess = forumAccess;
    this.masterData = masterData;
  }

  /** The visitor of this request: logged in to the Tasklist (PortalSecurityConfig read the session) or the public. */
  Viewer viewer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!(auth instanceof UsernamePasswordAuthenticationToken) || !auth.isAuthenticated()) {
      return Viewer.PUBLIC;
    }
    String user = auth.getName();
    return new Viewer(forumAccess.reader(user), masterData.person(user).map(Person::name).orElse(user));
  }
}
