package dk.nordjylland.governance.document;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The agenda and the minutes of a meeting as PDF, generated from the meeting's data when the cycle publishes them
 * (meeting.MeetingCycle) and stored with the meeting as a new version.
 */
@Service
public class MeetingDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingDocuments.class);
  static final String TEMPLATE = "documents/meeting-record";

  private final MeetingRecords records;
  private final PdfRenderer renderer;
  private final Documents documents;

  MeetingDocuments(MeetingRecords records, PdfRenderer renderer, Documents documents) {
    this.records = records;
    this.renderer = renderer;
    this.documents = documents;
  }

  public StoredDocument publishAgenda(String meetingId) {
    return publish(meetingId, DocumentKind.AGENDA);
  }

  public StoredDocument publishMinutes(String meetingId) {
    return publish(meetingId, DocumentKind.MINUTES);
  }

  /** The document as it would be generated now, not stored. */
  public byte[] render(String meetingId, DocumentKind kind) {
    return renderer.pdf(TEMPLATE, Map.of("doc", records.view(meetingId, kind)));
  }

  /** The XHTML the PDF is made from (tests, previews). */
  public String html(String meetingId, DocumentKind kind) {
    return renderer.html(TEMPLATE, Map.of("doc", records.view(meetingId, kind)));
  }

  private StoredDocument publish(String meetingId, DocumentKind kind) {
    StoredDocument stored = documents.store(meetingId, kind, render(meetingId, kind));
    LOG.info("{} of {} generated: version {}, {} bytes", kind.danish(), meetingId, stored.version(),
        stored.content().length);
    return stored;
  }
}
