package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.SentAgendas;
import dk.nordjylland.governance.identity.ForumAccess;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * Who sees what on the portal (ADR 0049). A forum: the public if it is configured public, its own people and
 * process owners always. A meeting's agenda from the moment it is sent (its first stored PDF), its minutes from
 * the moment the chair approved them (the minutes PDF is stored then): drafts are never stored, so never shown.
 * An item: where it stood on an agenda the visitor may read. Unknown and hidden answer the same 404. Who the visitor
 * is: {@link PortalVisitors}.
 */
@Component
class PortalAccess {

  private final PortalProperties properties;
  private final MasterData masterData;
  private final Meetings meetings;
  private final Items items;
  private final ClosedItems closedItems;
  private final SentAgendas sentAgendas;

  PortalAccess(PortalProperties properties, MasterData masterData, Meetings meetings, Items items,
      ClosedItems closedItems, SentAgendas sentAgendas) {
    this.closedItems = closedItems;
    this.sentAgendas = sentAgendas;
    this.properties = properties;
    this.masterData = masterData;
    this.meetings = meetings;
    this.items = items;
  }

  boolean isPublic(String forumId) {
    return properties.publicForums().contains(forumId);
  }

  boolean seesForum(Viewer viewer, String forumId) {
    return isPublic(forumId) || (!viewer.anonymous() && viewer.reader().mayRead(forumId));
  }

  Forum forum(Viewer viewer, String forumId) {
    return masterData.forum(forumId).filter(f -> seesForum(viewer, f.id()))
        .orElseThrow(() -> new PortalNotFoundException("Forummet findes ikke."));
  }

  Meeting meeting(Viewer viewer, String meetingId) {
    return meetings.find(meetingId).filter(m -> seesForum(viewer, m.forumId()))
        .orElseThrow(() -> new PortalNotFoundException("Mødet findes ikke."));
  }

  boolean agendaOpen(Viewer viewer, Meeting meeting) {
    return seesForum(viewer, meeting.forumId()) && stored(meeting, DocumentKind.AGENDA);
  }

  boolean minutesOpen(Viewer viewer, Meeting meeting) {
    return seesForum(viewer, meeting.forumId()) && stored(meeting, DocumentKind.MINUTES);
  }

  /** A version of the document is stored (the list without the PDFs' bytes). */
  private boolean stored(Meeting meeting, DocumentKind kind) {
    return sentAgendas.published(meeting.id(), kind);
  }

  /**
   * An item the visitor met on a sent agenda, as it was sent (SentAgendas: a late item not yet sent is not there, a
   * withdrawn one is until the revised agenda is sent); else 404.
   */
  Item item(Viewer viewer, long itemId) {
    Item item = items.find(itemId).orElse(null);
    if (item == null || sentAgendas.entriesOf(itemId).stream().map(AgendaEntry::meetingId).map(meetings::find)
        .flatMap(Optional::stream).noneMatch(m -> agendaOpen(viewer, m))) {
      throw new PortalNotFoundException("Sagen findes ikke.");
    }
    return item;
  }

  /**
   * A closed item's confidential content (case text, attachments, decision; ADR 0055): never the public; a logged-in
   * visitor as our API decides it (ClosedItems.seesConfidential: the forums' people, the proposer and process owners,
   * not a member disqualified for the item). An open item: whoever sees it at all. For one item (a case passport, a
   * bilag); a meeting page asks {@link #confidentialOn} once instead.
   */
  boolean seesConfidential(Viewer viewer, long itemId) {
    return viewer.anonymous() ? !closedItems.isClosed(itemId) : closedItems.seesConfidential(viewer.reader(), itemId);
  }

  /**
   * Which items on one meeting's agenda the visitor reads in full, read once per page (the closed items, the visitor's
   * disqualifications) instead of once per item shown.
   */
  record Confidential(Set<Long> closed, LongPredicate readsClosed) implements LongPredicate {

    @Override
    public boolean test(long itemId) {
      return !closed.contains(itemId) || readsClosed.test(itemId);
    }

    /** The full agenda and minutes PDFs: every closed item of the meeting is read in full; else the public ones. */
    boolean fullDocuments() {
      return closed.stream().allMatch(readsClosed::test);
    }
  }

  /**
   * {@link #seesConfidential} for the meeting's agenda. A member of the meeting's forum or a process owner reads every
   * closed item but those they were disqualified for; anyone else logged in is asked per closed item (a proposer
   * from another forum: rare); the public none.
   */
  Confidential confidentialOn(Viewer viewer, Meeting meeting) {
    // Every item a sent version named, not only those on the agenda now: a closed item withdrawn after the agenda was
    // sent is still in version 1, its PDF and its comparison.
    Set<Long> closed = closedItems.closedAmong(sentAgendas.itemIdsOfAnyVersion(meeting.id()));
    if (closed.isEmpty() || viewer.anonymous()) {
      return new Confidential(closed, id -> false);
    }
    ForumAccess.Reader reader = viewer.reader();
    if (reader.readsAll() || reader.mayRead(meeting.forumId())) {
      Set<Long> disqualified = closedItems.disqualifiedItems(reader.userId());
      return new Confidential(closed, id -> !disqualified.contains(id));
    }
    Map<Long, Boolean> asked = new HashMap<>();
    return new Confidential(closed, id -> asked.computeIfAbsent(id, i -> closedItems.seesConfidential(reader, i)));
  }

  /** The full agenda and minutes PDFs: a visitor who may read every closed item of the meeting; others the public. */
  boolean seesFullDocuments(Viewer viewer, Meeting meeting) {
    return confidentialOn(viewer, meeting).fullDocuments();
  }
}
