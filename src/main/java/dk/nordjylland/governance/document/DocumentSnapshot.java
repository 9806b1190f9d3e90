package dk.nordjylland.governance.document;

import dk.nordjylland.governance.item.Closure;
import java.util.List;

/**
 * What one published version of an agenda or minutes said, kept as JSON beside its PDF (gov_document.snapshot, ADR
 * 0057) so that two versions can be compared without reading PDFs: the meeting's time and place, and per item (by its
 * id) its position, its texts as the document prints them, and its bilag.
 */
public record DocumentSnapshot(String time, String place, List<ItemSnapshot> items) {

  /**
   * An item's parts, each the plain text the document prints (blank when the part is not there). {@code closed}: a
   * closed item (lukket punkt, V21), of which the public may read the {@code publicTitle} and, in the minutes, the
   * {@code publicDecision} only (absent in snapshots stored before corrected minutes, ADR 0059).
   */
  public record ItemSnapshot(long itemId, int position, String title, String summary, String presentation,
      String economy, String furtherProcessing, String recommendations, String decision,
      List<AttachmentSnapshot> attachments, boolean closed, String publicTitle, String publicDecision) {

    public ItemSnapshot(long itemId, int position, String title, String summary, String presentation,
        String economy, String furtherProcessing, String recommendations, String decision,
        List<AttachmentSnapshot> attachments) {
      this(itemId, position, title, summary, presentation, economy, furtherProcessing, recommendations, decision,
          attachments, false, null, null);
    }

    public ItemSnapshot(long itemId, int position, String title, String summary, String presentation,
        String economy, String furtherProcessing, String recommendations, String decision,
        List<AttachmentSnapshot> attachments, boolean closed, String publicTitle) {
      this(itemId, position, title, summary, presentation, economy, furtherProcessing, recommendations, decision,
          attachments, closed, publicTitle, null);
    }

    /**
     * What the public may compare: a closed item by its public title and public decision (as its decision) only,
     * without texts or bilag.
     */
    ItemSnapshot forPublic() {
      return !closed ? this : new ItemSnapshot(itemId, position,
          Closure.publicTitleOr(publicTitle), null, null, null, null, null,
          publicDecision, List.of(), true, publicTitle, null);
    }
  }

  /** The snapshot as the public may compare it (closed items by their public title only). */
  DocumentSnapshot forPublic() {
    return new DocumentSnapshot(time, place, items.stream().map(ItemSnapshot::forPublic).toList());
  }

  /**
   * A bilag by its number within its item (which stays when other items' bilag are renumbered across the meeting); its
   * file's name, size and upload time tell a replaced file from the one before.
   */
  public record AttachmentSnapshot(int number, String title, boolean toFollow, String fileName, Long size,
      String uploadedAt) {}
}
