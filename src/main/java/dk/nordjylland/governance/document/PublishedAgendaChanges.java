package dk.nordjylland.governance.document;

import dk.nordjylland.governance.meeting.PublishedAgendas;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The agenda as it stands now compared with the latest version the members were sent (ADR 0058): the same snapshot
 * and comparison as the portal's "Ændringer siden version N" (ADR 0057), so the mail and the portal say the same.
 */
@Component
class PublishedAgendaChanges implements PublishedAgendas {

  private final Documents documents;
  private final DocumentSnapshots snapshots;
  private final MeetingRecords records;

  PublishedAgendaChanges(Documents documents, DocumentSnapshots snapshots, MeetingRecords records) {
    this.documents = documents;
    this.snapshots = snapshots;
    this.records = records;
  }

  @Override
  public int latestVersion(String meetingId) {
    return documents.latest(meetingId, DocumentKind.AGENDA).map(StoredDocument::version).orElse(0);
  }

  @Override
  public List<String> changesSinceLatest(String meetingId) {
    int latest = latestVersion(meetingId);
    if (latest == 0) {
      return List.of();
    }
    Optional<DocumentSnapshot> sent = documents.snapshot(meetingId, DocumentKind.AGENDA, latest)
        .flatMap(snapshots::read);
    if (sent.isEmpty()) {
      // Sent before snapshots were kept (V24): what changed cannot be said, only that the agenda is sent anew.
      return List.of("Dagsordenen er udsendt på ny; ændringerne kan ikke vises for version " + latest + ".");
    }
    DocumentSnapshot now = snapshots.of(meetingId, records.view(meetingId, DocumentKind.AGENDA));
    // Worded for the public: the mail goes to the whole member group, a disqualified member included (ADR 0055).
    return VersionChanges.between(sent.get().forPublic(), now.forPublic()).stream()
        .map(c -> c.kind().danish() + ": " + c.text()).toList();
  }
}
