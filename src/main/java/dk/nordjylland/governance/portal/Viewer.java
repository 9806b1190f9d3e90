package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.identity.ForumAccess;

/** Who reads a portal page: the public (no reader), or a user logged in to the Tasklist with their rights. */
public record Viewer(ForumAccess.Reader reader, String name) {

  static final Viewer PUBLIC = new Viewer(null, null);

  public boolean anonymous() {
    return reader == null;
  }
}
