package dk.nordjylland.governance.item;

/**
 * Where a matter is sent on to (ADR 0044). Today a forum of the collaboration (its next meeting that takes items, or
 * a named meeting of it). The extension point for bodies outside the collaboration (a regional steering group, KKR's
 * secretariat): a further permitted type with its own {@link #kind()}, stored in gov_item_forward.target_kind.
 */
public sealed interface ForwardTarget permits ForwardTarget.Forum {

  /** The kind as stored (gov_item_forward.target_kind). */
  String kind();

  /** The target's id within its kind (a forum's id). */
  String id();

  /** A forum of the collaboration: the item enters its pipeline, on the named meeting or its next one. */
  record Forum(String forumId) implements ForwardTarget {
    public static final String KIND = "FORUM";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public String id() {
      return forumId;
    }
  }
}
