package dk.nordjylland.governance.masterdata;

/** A person's role in a forum; each role of each forum is a Camunda group. */
public enum ForumRole {
  CHAIR("chair"),
  MEMBER("members"),
  SECRETARIAT("secretariat");

  private final String groupSuffix;

  ForumRole(String groupSuffix) {
    this.groupSuffix = groupSuffix;
  }

  /** The Camunda group id of this role in the given forum, e.g. {@code ffu-secretariat}. */
  public String groupId(String forumId) {
    return forumId + "-" + groupSuffix;
  }

  /** Whether the group is this role's group in some forum, e.g. any {@code <forum>-secretariat}. */
  public boolean isRoleGroup(String groupId) {
    return groupId != null && groupId.endsWith("-" + groupSuffix);
  }
}
