package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.meeting.MinutesPublished;
import dk.nordjylland.governance.validation.ConflictException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The agenda and the minutes of a meeting as PDF, generated from the meeting's data when the cycle publishes them
 * (the events AgendaPublished and MinutesPublished, in the cycle's transaction) and stored with the meeting as a new version.
 */
@Service
public class MeetingDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingDocuments.class);
  static final String TEMPLATE = "documents/meeting-record";

  private final MeetingRecords records;
  private final PdfRenderer renderer;
  private final Documents documents;
  private final Meetings meetings;
  private final PublicDocuments publicDocuments;
  private final DocumentSnapshots snapshots;

  MeetingDocuments(MeetingRecords records, PdfRenderer renderer, Documents documents, Meetings meetings,
      PublicDocuments publicDocuments, DocumentSnapshots snapshots) {
    this.publicDocuments = publicDocuments;
    this.snapshots = snapshots;
    this.records = records;
    this.renderer = renderer;
    this.documents = documents;
    this.meetings = meetings;
  }

  /** Before the invitation (order 1), as when the cycle called both in turn. */
  @EventListener
  @Order(1)
  void agendaPublished(AgendaPublished published) {
    publish(published.meetingId(), DocumentKind.AGENDA);
  }

  /** The approved minutes, and each corrected version after them (ADR 0059): the next version either way. */
  @EventListener
  void minutesPublished(MinutesPublished published) {
    publish(published.meetingId(), DocumentKind.MINUTES);
  }

  /** The document as it would be generated now, not stored. */
  public byte[] render(String meetingId, DocumentKind kind) {
    return render(meetingId, kind, itemId -> true);
  }

  /**
   * {@link #render} for one reader: a closed item this reader may not read ({@code showsConfidential} false, e.g.
   * ClosedItems.readableBy) in its public wording (ADR 0055).
   */
  public byte[] render(String meetingId, DocumentKind kind, LongPredicate showsConfidential) {
    return renderer.pdf(TEMPLATE, Map.of("doc", records.view(meetingId, kind, false, showsConfidential)));
  }

  /** The XHTML the PDF is made from (tests, previews). */
  public String html(String meetingId, DocumentKind kind) {
    return html(meetingId, kind, itemId -> true);
  }

  /** {@link #html} for one reader, as {@link #render(String, DocumentKind, LongPredicate)}. */
  public String html(String meetingId, DocumentKind kind, LongPredicate showsConfidential) {
    return renderer.html(TEMPLATE, Map.of("doc", records.view(meetingId, kind, false, showsConfidential)));
  }

  /**
   * The minutes draft as PDF: the document the members will get, as the meeting's data stand now, marked "UDKAST".
   * Made when asked for and never stored or mailed: the published minutes are made anew when the chair approves.
   *
   * @throws ConflictException (Danish) before the meeting is recorded and after the minutes are approved
   */
  public byte[] minutesDraft(String meetingId) {
    return minutesDraft(meetingId, itemId -> true);
  }

  /**
   * The minutes draft for one reader: a closed item the reader may not read ({@code showsConfidential} false, e.g.
   * ClosedItems.readableBy: a member disqualified for it) in its public wording, as in the public minutes (ADR 0055).
   */
  public byte[] minutesDraft(String meetingId, LongPredicate showsConfidential) {
    return renderer.pdf(TEMPLATE, Map.of("doc", draftView(meetingId, showsConfidential)));
  }

  /** The minutes draft as the XHTML document the PDF is made from (the screens show it inline). */
  public String minutesDraftHtml(String meetingId) {
    return minutesDraftHtml(meetingId, itemId -> true);
  }

  /** {@link #minutesDraftHtml(String)} for one reader, as {@link #minutesDraft(String, LongPredicate)}. */
  public String minutesDraftHtml(String meetingId, LongPredicate showsConfidential) {
    return renderer.html(TEMPLATE, Map.of("doc", draftView(meetingId, showsConfidential)));
  }

  /** The inside of the draft's {@code <body>}, to embed in a page: the same escaped content, without its styles. */
  public String minutesDraftBody(String meetingId) {
    String html = minutesDraftHtml(meetingId);
    int start = html.indexOf('>', html.indexOf("<body")) + 1;
    return html.substring(start, html.lastIndexOf("</body>")).strip();
  }

  private MeetingRecordView draftView(String meetingId, LongPredicate showsConfidential) {
    MeetingStatus status = meetings.get(meetingId).status();
    if (status == MeetingStatus.MINUTES_PUBLISHED || status == MeetingStatus.COMPLETED) {
      throw new ConflictException("Referatet er godkendt. Hent det godkendte referat i stedet for udkastet.");
    }
    if (status != MeetingStatus.HELD) {
      throw new ConflictException("Der er ikke et referatudkast endnu: det findes, når mødets fremmøde og"
          + " beslutninger er registreret.");
    }
    return records.view(meetingId, DocumentKind.MINUTES, true, showsConfidential);
  }

  /**
   * The front of an agenda sent after the first (ADR 0058): "Revideret dagsorden, version 2, udsendt 3. marts 2027";
   * empty for the first version and for minutes.
   */
  static String revisionLine(DocumentKind kind, int version, LocalDate sentOn) {
    return kind == DocumentKind.AGENDA && version > 1
        ? "Revideret dagsorden, version " + version + ", udsendt " + DanishDates.DATE.format(sentOn) : "";
  }

  private StoredDocument publish(String meetingId, DocumentKind kind) {
    // One view for the PDF and its snapshot: the snapshot says what this version prints (ADR 0057).
    int version = documents.nextVersion(meetingId, kind);
    MeetingRecordView view = records.view(meetingId, kind).asVersion(version);
    StoredDocument stored = documents.store(meetingId, kind, renderer.pdf(TEMPLATE, Map.of("doc", view,
        "revision", revisionLine(kind, version, EngineClock.today()))), snapshots.write(snapshots.of(meetingId, view)));
    publicDocuments.publishBeside(stored); // closed items: the public version beside it (ADR 0055)
    LOG.info("{} of {} generated: version {}, {} bytes", kind.danish(), meetingId, stored.version(),
        stored.content().length);
    return stored;
  }
}
