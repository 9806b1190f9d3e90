package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentVersions;
import dk.nordjylland.governance.document.DocumentVersions.Comparison;
import dk.nordjylland.governance.document.DocumentVersions.PublishedVersion;
import dk.nordjylland.governance.document.MeetingRecordView;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.document.SentAgendas;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import java.util.ArrayList;
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
  private final MeetingRecords records;
  private final DocumentVersions documents;
  private final Items items;
  private final PublicDocuments publicDocuments;
  private final SentAgendas sentAgendas;

  MeetingPages(PortalAccess access, MeetingRecords records, DocumentVersions documents, Items items,
      PublicDocuments publicDocuments, SentAgendas sentAgendas) {
    this.publicDocuments = publicDocuments;
    this.sentAgendas = sentAgendas;
    this.access = access;
    this.records = records;
    this.documents = documents;
    this.items = items;
  }

  /** A published PDF version; from version 2 on, what changed since the version before (and since version 1). */
  public record DocumentLink(String label, String href, String kind, int version, List<Comparison> changes) {}

  /**
   * {@code record}: the minutes once approved, else the agenda once sent, else null. {@code itemIds}: the case
   * passport of each agenda position; {@code standingPositions}: standing items ("Eventuelt"), whose one-step
   * passport is not worth a link. {@code withheld}: a published version the visitor may not read (made before an
   * item was closed, so without a public copy; ADR 0055).
   */
  public record MeetingPage(Meeting meeting, Forum forum, String title, String time, String state, String moved,
      boolean cancelled, boolean agendaOpen, boolean minutesOpen, MeetingRecordView record,
      Map<Integer, Long> itemIds, Set<Integer> standingPositions, List<DocumentLink> documents,
      boolean withheld, String calendarHref) {}

  MeetingPage page(Viewer viewer, String meetingId) {
    Meeting meeting = access.meeting(viewer, meetingId);
    Forum forum = access.forum(viewer, meeting.forumId());
    boolean agendaOpen = access.agendaOpen(viewer, meeting);
    boolean minutesOpen = access.minutesOpen(viewer, meeting);
    // A closed item with its public wording only, unless the visitor may read it (ADR 0055); asked once per page.
    PortalAccess.Confidential confidential = access.confidentialOn(viewer, meeting);
    // The agenda as the members last got it, to everyone alike (the secretariat too: its unsent changes are on its
    // own page, "Ret den udsendte dagsorden"); ADR 0058, "What the portal shows between versions".
    List<AgendaEntry> agenda = minutesOpen || agendaOpen ? sentAgendas.entries(meetingId) : List.of();
    MeetingRecordView record = minutesOpen || agendaOpen ? records.view(meetingId,
        minutesOpen ? DocumentKind.MINUTES : DocumentKind.AGENDA, confidential, agenda) : null;
    boolean full = confidential.fullDocuments();
    Map<Integer, Long> itemIds = agenda.stream().collect(Collectors.toMap(AgendaEntry::position, AgendaEntry::itemId));
    Set<Integer> standing = agenda.stream()
        .filter(e -> items.find(e.itemId()).map(Item::standing).orElse(false)).map(AgendaEntry::position)
        .collect(Collectors.toSet());
    // What changed in a closed item is said by its public title only to whoever lacks its confidential content; a
    // version stored before the item was closed has no public copy and is withheld from them (ADR 0055, 0057).
    List<DocumentLink> links = new ArrayList<>();
    boolean withheld = false;
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      if (kind == DocumentKind.AGENDA ? agendaOpen : minutesOpen) {
        for (PublishedVersion d : documents.of(meetingId, kind, full)) {
          if (full || publicDocuments.hasPublic(meetingId, d.kind(), d.version())) {
            links.add(link(meetingId, d));
          } else {
            withheld = true;
          }
        }
      }
    }
    return new MeetingPage(meeting, forum, PortalTexts.title(forum, meeting), PortalTexts.time(meeting),
        PortalTexts.state(meeting.status()), PortalTexts.moved(meeting), meeting.status() == MeetingStatus.CANCELLED,
        agendaOpen, minutesOpen, record, itemIds, standing, List.copyOf(links), withheld,
        "/moeder/" + meetingId + "/" + PortalController.CALENDAR);
  }

  /** How the version came out: a minutes version after the first is a correction of approved minutes (ADR 0059). */
  private static String sentAs(PublishedVersion d) {
    return d.kind() == DocumentKind.AGENDA ? "udsendt " : d.version() > 1 ? "rettet " : "godkendt ";
  }

  private static DocumentLink link(String meetingId, PublishedVersion d) {
    String file = d.kind() == DocumentKind.AGENDA ? "dagsorden.pdf" : "referat.pdf";
    return new DocumentLink(d.kind().danish() + ", version " + d.version() + " (PDF, "
        + sentAs(d) + DanishDates.dateTime(d.createdAt()) + ")",
        "/moeder/" + meetingId + "/" + file + "?version=" + d.version(),
        d.kind().danish().toLowerCase(DanishDates.DANISH), d.version(), d.changes());
  }
}
