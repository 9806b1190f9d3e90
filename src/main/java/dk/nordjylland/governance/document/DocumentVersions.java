package dk.nordjylland.governance.document;

import dk.nordjylland.governance.document.VersionChanges.Change;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every published version of a meeting's agenda or minutes with what changed since the version before (and, from the
 * third on, since the first: what a member who got version 1 by mail has missed), from the snapshots stored with each
 * version (ADR 0057).
 */
@Service
public class DocumentVersions {

  private final Documents documents;
  private final DocumentSnapshots snapshots;

  DocumentVersions(Documents documents, DocumentSnapshots snapshots) {
    this.documents = documents;
    this.snapshots = snapshots;
  }

  /** A published version; {@code changes} empty for version 1. */
  public record PublishedVersion(DocumentKind kind, int version, LocalDateTime createdAt, List<Comparison> changes) {}

  /**
   * What changed since version {@code since}; {@code known} false when either version has no snapshot (published
   * before snapshots were kept), and then {@code changes} is empty.
   */
  public record Comparison(int since, boolean known, List<Change> changes) {}

  /**
   * The meeting's published versions of that document, oldest first. {@code confidential}: the reader may read closed
   * items' confidential content; otherwise a closed item is compared by its public title only.
   */
  public List<PublishedVersion> of(String meetingId, DocumentKind kind, boolean confidential) {
    List<DocumentInfo> stored = documents.ofMeeting(meetingId).stream().filter(d -> d.kind() == kind).toList();
    Map<Integer, Optional<DocumentSnapshot>> read = new HashMap<>();
    List<PublishedVersion> versions = new ArrayList<>();
    for (DocumentInfo info : stored) {
      List<Comparison> comparisons = new ArrayList<>();
      if (info.version() > 1) {
        comparisons.add(compare(meetingId, kind, info.version() - 1, info.version(), confidential, read));
      }
      if (info.version() > 2) {
        comparisons.add(compare(meetingId, kind, 1, info.version(), confidential, read));
      }
      versions.add(new PublishedVersion(kind, info.version(), info.createdAt(), List.copyOf(comparisons)));
    }
    return versions;
  }

  private Comparison compare(String meetingId, DocumentKind kind, int since, int version, boolean confidential,
      Map<Integer, Optional<DocumentSnapshot>> read) {
    Optional<DocumentSnapshot> before = read.computeIfAbsent(since, v -> snapshot(meetingId, kind, v));
    Optional<DocumentSnapshot> after = read.computeIfAbsent(version, v -> snapshot(meetingId, kind, v));
    if (before.isEmpty() || after.isEmpty()) {
      return new Comparison(since, false, List.of());
    }
    return new Comparison(since, true, confidential ? VersionChanges.between(before.get(), after.get())
        : VersionChanges.between(before.get().forPublic(), after.get().forPublic()));
  }

  private Optional<DocumentSnapshot> snapshot(String meetingId, DocumentKind kind, int version) {
    return documents.snapshot(meetingId, kind, version).flatMap(snapshots::read);
  }
}
