package dk.nordjylland.governance.document;

import dk.nordjylland.governance.item.ClosedItems;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public version of a meeting's agenda or minutes (ADR 0055): where the meeting has closed items, the version
 * with their public wording only, made and stored beside each published full version. Whoever may not read every
 * closed item of the meeting (the public, a disqualified member) gets this one; the full one is for the others.
 */
@Repository
public class PublicDocuments {

  private final JdbcClient jdbc;
  private final MeetingRecords records;
  private final PdfRenderer renderer;
  private final ClosedItems closedItems;

  PublicDocuments(JdbcClient jdbc, MeetingRecords records, PdfRenderer renderer, ClosedItems closedItems) {
    this.jdbc = jdbc;
    this.records = records;
    this.renderer = renderer;
    this.closedItems = closedItems;
  }

  /** Called as the full version is stored: the public version of the same number, if the meeting has closed items. */
  void publishBeside(StoredDocument full) {
    if (!closedItems.anyClosed(full.meetingId())) {
      return;
    }
    byte[] pdf = renderer.pdf(MeetingDocuments.TEMPLATE,
        Map.of("doc", records.publicView(full.meetingId(), full.kind()).asVersion(full.version()), "revision",
            MeetingDocuments.revisionLine(full.kind(), full.version(), full.createdAt().toLocalDate())));
    jdbc.sql("insert into gov_public_document (meeting_id, kind, version, content) values (?, ?, ?, ?)")
        .params(full.meetingId(), full.kind().name(), full.version(), pdf).update();
  }

  /**
   * The version as the public gets it: the public version stored beside it; the full version itself when it has
   * none and the meeting has no closed item now; else nothing (a version made before an item was closed is withheld).
   */
  public Optional<StoredDocument> asPublic(StoredDocument full) {
    Optional<byte[]> variant = jdbc.sql("select content from gov_public_document where meeting_id = ? and kind = ?"
            + " and version = ?").params(full.meetingId(), full.kind().name(), full.version())
        .query((rs, n) -> rs.getBytes("content")).optional();
    if (variant.isPresent()) {
      return Optional.of(new StoredDocument(full.id(), full.meetingId(), full.kind(), full.version(),
          full.createdAt(), full.fileName(), full.contentType(), variant.get()));
    }
    return closedItems.anyClosed(full.meetingId()) ? Optional.empty() : Optional.of(full);
  }

  /** Whether {@link #asPublic} gives the public this version (without reading any content). */
  public boolean hasPublic(String meetingId, DocumentKind kind, int version) {
    return !closedItems.anyClosed(meetingId) || jdbc.sql("select count(*) from gov_public_document"
        + " where meeting_id = ? and kind = ? and version = ?").params(meetingId, kind.name(), version)
        .query(Integer.class).single() > 0;
  }
}
