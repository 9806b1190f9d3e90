package dk.nordjylland.governance.document;

import dk.nordjylland.governance.document.DocumentSnapshot.ItemSnapshot;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemEvent;
import dk.nordjylland.governance.item.ItemEventKind;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What of a meeting has been sent (ADR 0058, "What the portal shows between versions"): the items, and their
 * positions, of the agenda the members last got, not the secretariat's unsent changes (a late item added, an item
 * withdrawn, before the revised agenda is sent). The portal's meeting page, case passport and bilag ask this one rule.
 * Each item's texts stay the live ones: they cannot change once the agenda is approved, and bilag sent later are
 * published at once (ADR 0035).
 */
@Component
public class SentAgendas {

  private final Documents documents;
  private final DocumentSnapshots snapshots;
  private final Items items;
  private final Meetings meetings;

  SentAgendas(Documents documents, DocumentSnapshots snapshots, Items items, Meetings meetings) {
    this.documents = documents;
    this.snapshots = snapshots;
    this.items = items;
    this.meetings = meetings;
  }

  /** A version of the meeting's document is stored, i.e. sent (agenda) or approved (minutes); read without the PDFs. */
  public boolean published(String meetingId, DocumentKind kind) {
    return documents.ofMeeting(meetingId).stream().anyMatch(d -> d.kind() == kind);
  }

  /**
   * The meeting's agenda entries as last sent, in order. Before the minutes are approved: the items at the positions of
   * the latest agenda version's snapshot, each with its live entry (an item withdrawn since: at its sent position,
   * without a decision). Once the minutes are approved: the live agenda (no one changes it after the meeting is
   * recorded; a corrected minutes is saved and published in one step, ADR 0059). A version stored before snapshots
   * were kept: the live agenda (nothing else to go by). Nothing sent: empty.
   */
  public List<AgendaEntry> entries(String meetingId) {
    List<DocumentInfo> stored = documents.ofMeeting(meetingId);
    List<AgendaEntry> live = items.agenda(meetingId);
    if (stored.stream().anyMatch(d -> d.kind() == DocumentKind.MINUTES)) {
      return live;
    }
    Optional<DocumentInfo> agenda = stored.stream().filter(d -> d.kind() == DocumentKind.AGENDA)
        .max(Comparator.comparingInt(DocumentInfo::version));
    if (agenda.isEmpty()) {
      return List.of();
    }
    return snapshot(meetingId, agenda.get().version()).map(sent -> asSent(meetingId, sent, live)).orElse(live);
  }

  /**
   * Where the item stood on a sent agenda, one entry per meeting (oldest first), at its sent position: its live
   * agendas and the ones it was withdrawn from (its history), as {@link #entries} tells for each meeting.
   */
  public List<AgendaEntry> entriesOf(long itemId) {
    Set<String> meetingIds = new LinkedHashSet<>();
    items.agendaEntriesOf(itemId).forEach(e -> meetingIds.add(e.meetingId()));
    items.history(itemId).stream().filter(e -> e.kind() == ItemEventKind.WITHDRAWN_FROM_AGENDA)
        .map(ItemEvent::meetingId).filter(id -> id != null).forEach(meetingIds::add);
    return meetingIds.stream().map(meetings::find).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Meeting::startsAt))
        .flatMap(m -> entries(m.id()).stream().filter(e -> e.itemId() == itemId)).toList();
  }

  /**
   * Every item any published version of the meeting's agenda or minutes named, and those on its agenda now: whose
   * closure decides which PDFs and comparisons the public may read (an item closed and then withdrawn is still in
   * version 1).
   */
  public Set<Long> itemIdsOfAnyVersion(String meetingId) {
    Set<Long> ids = new HashSet<>();
    items.agenda(meetingId).forEach(e -> ids.add(e.itemId()));
    for (DocumentInfo d : documents.ofMeeting(meetingId)) {
      if (d.kind() == DocumentKind.AGENDA || d.kind() == DocumentKind.MINUTES) {
        documents.snapshot(meetingId, d.kind(), d.version()).flatMap(snapshots::read)
            .ifPresent(s -> s.items().forEach(i -> ids.add(i.itemId())));
      }
    }
    return ids;
  }

  private Optional<DocumentSnapshot> snapshot(String meetingId, int version) {
    return documents.snapshot(meetingId, DocumentKind.AGENDA, version).flatMap(snapshots::read);
  }

  private static List<AgendaEntry> asSent(String meetingId, DocumentSnapshot sent, List<AgendaEntry> live) {
    Map<Long, AgendaEntry> now = live.stream().collect(Collectors.toMap(AgendaEntry::itemId, Function.identity()));
    return sent.items().stream().sorted(Comparator.comparingInt(ItemSnapshot::position)).map(s -> {
      AgendaEntry e = now.get(s.itemId());
      return e == null
          ? new AgendaEntry(meetingId, s.itemId(), s.position(), null, null, null, null, null, null, null, null, null)
          : new AgendaEntry(meetingId, e.itemId(), s.position(), e.guests(), e.outcome(), e.decisionText(),
              e.targetForumId(), e.targetMeetingId(), e.reservation(), e.reservationOwner(), e.decidedAt(),
              e.postponedPart());
    }).toList();
  }
}
