package dk.nordjylland.governance.item;

import java.util.List;

/**
 * A proposed agenda item. meetingId is optional: without it the item goes to the forum's next
 * meeting whose call for items is open.
 */
public record ItemProposal(
    String forumId,
    String meetingId,
    String title,
    String caseNumber,
    String summary,
    String presentation,
    String economy,
    String furtherProcessing,
    String proposerBody,
    List<String> recommendations,
    List<AttachmentProposal> attachments) {

  public ItemProposal {
    recommendations = recommendations == null ? List.of() : recommendations.stream().filter(r -> r != null && !r.isBlank()).toList();
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A standing item: only a title. */
  static ItemProposal standing(String forumId, String meetingId, String title) {
    return new ItemProposal(forumId, meetingId, title, null, null, null, null, null, null, List.of(), List.of());
  }

  public record AttachmentProposal(String title, boolean toFollow) {}

  /**
   * Issue 15: what a proposal may say beyond its texts. {@code kind}: as typed (Danish or the enum's name), null for
   * the kind of the title's first word; {@code guests}: announced on the agenda; {@code standing}: a standing item
   * (the forum's secretariat only).
   */
  public record Announced(String kind, String guests, boolean standing) {
    public static final Announced NOTHING = new Announced(null, null, false);
  }
}
