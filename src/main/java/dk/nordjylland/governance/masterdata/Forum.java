package dk.nordjylland.governance.masterdata;

/** A forum of the collaboration (FU, FFU, SSF, ...). */
public record Forum(
    String id,
    String shortName,
    String name,
    ForumKind kind,
    String preMeetingOf,
    String chairTitle,
    String secretariat,
    String defaultPlace) {

  public String groupId(ForumRole role) {
    return role.groupId(id);
  }
}
