package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.EngineClock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents table: every generation of a meeting's agenda, minutes or invitation is a new version, so
 * what was sent stays as it was sent.
 */
@Repository
public class Documents {

  private static final RowMapper<StoredDocument> ROW = (rs, n) -> new StoredDocument(rs.getLong("id"),
      rs.getString("meeting_id"), DocumentKind.valueOf(rs.getString("kind")), rs.getInt("version"),
      rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("file_name"), rs.getString("content_type"),
      rs.getBytes("content"));

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  Documents(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Stores a new version (1, 2, ...) of the meeting's document of that kind. */
  public StoredDocument store(String meetingId, DocumentKind kind, byte[] content) {
    return store(meetingId, kind, content, null);
  }

  /** The number the next stored version of the meeting's document of that kind gets (1 for the first). */
  int nextVersion(String meetingId, DocumentKind kind) {
    return jdbc.sql("select coalesce(max(version), 0) + 1 from gov_document where meeting_id = ? and kind = ?")
        .params(meetingId, kind.name()).query(Integer.class).single();
  }

  /** A new version with the JSON snapshot of what it says (DocumentSnapshots), to compare versions by (ADR 0057). */
  StoredDocument store(String meetingId, DocumentKind kind, byte[] content, byte[] snapshot) {
    int version = nextVersion(meetingId, kind);
    LocalDateTime now = EngineClock.now();
    jdbc.sql("insert into gov_document (meeting_id, kind, version, created_at, file_name, content_type, content,"
            + " snapshot) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(meetingId, kind.name(), version, now, kind.fileName(meetingId), kind.contentType(), content, snapshot)
        .update();
    events.publishEvent(new DocumentStored(meetingId, kind));
    return latest(meetingId, kind).orElseThrow();
  }

  public Optional<StoredDocument> latest(String meetingId, DocumentKind kind) {
    return jdbc.sql("select * from gov_document where meeting_id = ? and kind = ? order by version desc"
            + " fetch first 1 rows only")
        .params(meetingId, kind.name()).query(ROW).optional();
  }

  public Optional<StoredDocument> version(String meetingId, DocumentKind kind, int version) {
    return jdbc.sql("select * from gov_document where meeting_id = ? and kind = ? and version = ?")
        .params(meetingId, kind.name(), version).query(ROW).optional();
  }

  /** The snapshot stored with that version; empty for versions from before snapshots were kept. */
  Optional<byte[]> snapshot(String meetingId, DocumentKind kind, int version) {
    return jdbc.sql("select snapshot from gov_document where meeting_id = ? and kind = ? and version = ?")
        .params(meetingId, kind.name(), version).query((rs, n) -> Optional.ofNullable(rs.getBytes("snapshot")))
        .optional().flatMap(s -> s);
  }

  /** Every version of every document of the meeting, without content. */
  public List<DocumentInfo> ofMeeting(String meetingId) {
    return jdbc.sql("select id, meeting_id, kind, version, created_at, file_name, content_type from gov_document"
            + " where meeting_id = ? order by kind, version")
        .param(meetingId)
        .query((rs, n) -> new DocumentInfo(rs.getLong("id"), rs.getString("meeting_id"),
            DocumentKind.valueOf(rs.getString("kind")), rs.getInt("version"),
            rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("file_name"),
            rs.getString("content_type"), DocumentLinks.path(meetingId, DocumentKind.valueOf(rs.getString("kind")))))
        .list();
  }
}
