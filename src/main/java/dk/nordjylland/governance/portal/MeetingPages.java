package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.DocumentInfo;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.MeetingRecordView;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A meeting's page: time, place, state, and once sent the agenda (or once approved the minutes) with every part of
 * each item, made from the same view as the PDFs (document.MeetingRecords), and the links to every published PDF.
 */
@Component
class MeetingPages {

  private final PortalAccess access;
  private final MasterData masterData;
  private final MeetingRecords records;
  private final Documents documents;
  private final Items items;
  private final PublicDocuments publicDocuments;

  MeetingPages(PortalAccess access, MasterData masterData, MeetingRecords records, Documents documents, Items items,
      PublicDocuments publicDocuments) {
    this.publicDocuments = publicDocuments;
    this.access = access;
    this.masterData = masterData;
    this.records = records;
    this.documents = documents;
    this.items = items;
  }

  public record DocumentLink(String label, String href) {}

  /**
   * {@code record}: the minutes once approved, else the agenda once sent, else null. {@code itemIds}: the case
   * passport of each agenda position; {@code standingPositions}: standing items ("Eventuelt"), whose one-step
   * passport is not worth a link.
   */
  public record MeetingPage(Meeting meeting, Forum forum, String title, String time, String state, String moved,
      boolean cancelled, boolean agendaOpen, boolean minutesOpen, MeetingRecordView record,
      Map<Integer, Long> itemIds, Set<Integer> standingPositions, List<DocumentLink> documents) {}

  MeetingPage page(Viewer viewer, String meetingId) {
    Meeting meeting = access.meeting(viewer, meetingId);
    Forum forum = masterData.forum(meeting.forumId()).orElseThrow();
    boolean agendaOpen = access.agendaOpen(viewer, meeting);
    boolean minutesOpen = access.minutesOpen(viewer, meeting);
    // A closed item with its public wording only, unless the visitor may read it (ADR 0055).
    MeetingRecordView record = minutesOpen || agendaOpen ? records.view(meetingId,
        minutesOpen ? DocumentKind.MINUTES : DocumentKind.AGENDA, false, id -> access.seesConfidential(viewer, id))
        : null;
    boolean full = access.seesFullDocuments(viewer, meeting);
    List<AgendaEntry> agenda = record == null ? List.of() : items.agenda(meetingId);
    Map<Integer, Long> itemIds = agenda.stream().collect(Collectors.toMap(AgendaEntry::position, AgendaEntry::itemId));
    Set<Integer> standing = agenda.stream()
        .filter(e -> items.find(e.itemId()).map(Item::standing).orElse(false)).map(AgendaEntry::position)
        .collect(Collectors.toSet());
    List<DocumentLink> links = documents.ofMeeting(meetingId).stream()
        .filter(d -> d.kind() == DocumentKind.AGENDA ? agendaOpen : d.kind() == DocumentKind.MINUTES && minutesOpen)
        .filter(d -> full || publicDocuments.hasPublic(meetingId, d.kind(), d.version()))
        .map(d -> link(meetingId, d)).toList();
    return new MeetingPage(meeting, forum, PortalTexts.title(forum, meeting), PortalTexts.time(meeting),
        PortalTexts.state(meeting.status()), PortalTexts.moved(meeting), meeting.status() == MeetingStatus.CANCELLED,
        agendaOpen, minutesOpen, record, itemIds, standing, links);
  }

  private static DocumentLink link(String meetingId, DocumentInfo d) {
    String file = d.kind() == DocumentKind.AGENDA ? "dagsorden.pdf" : "referat.pdf";
    return new DocumentLink(d.kind().danish() + ", version " + d.version() + " (PDF, "
        + (d.kind() == DocumentKind.AGENDA ? "udsendt " : "godkendt ") + DanishDates.dateTime(d.createdAt()) + ")",
        "/moeder/" + meetingId + "/" + file + "?version=" + d.version());
  }
}
