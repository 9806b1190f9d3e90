package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.document.SentAgendas;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.portal.SearchRows.EntryRow;
import dk.nordjylland.governance.portal.SearchRows.ItemRow;
import dk.nordjylland.governance.portal.SearchRows.MeetingRow;
import dk.nordjylland.governance.search.Matches;
import dk.nordjylland.governance.search.SearchTerms;
import dk.nordjylland.governance.search.TextMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The portal's search (issue 17 point 4, ADR 0056): the words found by the database's {@link TextMatcher}, then who
 * may see what ({@link PortalAccess}: the visitor's forums, a sent agenda, approved minutes, a closed item's public
 * wording for anyone without access to it) and the filters, the same on H2 and PostgreSQL. One result per item (its
 * case passport), with the meetings where it was found, newest first. The cost follows the page, not the hits: the
 * database filters and orders, the count stops at {@link #MAX_COUNT} (ADR 0056, addendum).
 */
@Component
class PortalSearch {

  static final int PAGE_SIZE = 20;

  /** Counted up to this many items ("Mere end 1.000 sager fundet"): nobody reads further, and counting costs. */
  static final int MAX_COUNT = 1_000;

  /** Meetings whose entries are read per query when many items are found (about 1,500 entries). */
  private static final int MEETING_SLICE = 100;

  /** Up to this many items found, the database reads only their entries; more, the meetings' newest first. */
  private static final int ID_LIST = 5_000;

  private static final int SNIPPET = 240;

  private final TextMatcher matcher;
  private final SearchRows rows;
  private final PortalAccess access;
  private final MasterData masterData;
  private final SentAgendas sentAgendas;

  PortalSearch(TextMatcher matcher, SearchRows rows, PortalAccess access, MasterData masterData,
      SentAgendas sentAgendas) {
    this.sentAgendas = sentAgendas;
    this.matcher = matcher;
    this.rows = rows;
    this.access = access;
    this.masterData = masterData;
  }

  /** What to look for: the stems and the filters (null: any). */
  public record Query(SearchTerms terms, String forumId, LocalDate from, LocalDate to, ItemKind kind,
      Outcome outcome) {}

  /** One meeting where the item was found. */
  public record Place(String meetingId, String meetingHref, String meeting, int position, String outcome) {}

  /** One item found: its title as the visitor may read it, its case passport, where it stood. */
  public record Hit(long itemId, String title, String caseNumber, String kind, String summary, boolean publicWording,
      List<Place> places) {

    public String href() {
      return "/sager/" + itemId;
    }
  }

  /** The page of hits and the total; {@code capped}: more than {@link #MAX_COUNT} found, {@code total} is the cap. */
  public record Result(int total, boolean capped, List<Hit> hits, int page, int pages) {}

  Result search(Viewer viewer, Query query, int page) {
    if (query.terms().isEmpty()) {
      return new Result(0, false, List.of(), 1, 1);
    }
    Matches matches = matcher.match(query.terms());
    Set<Long> ids = matches.itemIds();
    if (ids.isEmpty()) {
      return new Result(0, false, List.of(), 1, 1);
    }
    SearchRows.Filter filter = filter(viewer, query);
    List<MeetingRow> meetings = rows.meetings(filter);
    Map<String, MeetingRow> visible = new HashMap<>();
    meetings.forEach(m -> visible.put(m.id(), m));
    Map<Long, Boolean> confidential = new HashMap<>();
    Predicate<Seen> counts = seen -> counts(viewer, query, seen, matches, confidential);
    AsSent asSent = new AsSent();

    // The items found, in the order of their newest entry the visitor may see, counted up to the cap. Few items
    // found: their entries. Many: the visible meetings' entries, newest meetings first, a slice of meetings at a
    // time until the cap is passed (a word in every item reads one slice, not 30,000 entries).
    LinkedHashSet<Long> found = new LinkedHashSet<>();
    if (ids.size() <= ID_LIST) {
      addUpToTheCap(found, seen(rows.entriesOfItems(ids, filter), visible, asSent), counts);
    } else {
      for (int from = 0; from < meetings.size() && found.size() <= MAX_COUNT; ) {
        int to = Math.min(meetings.size(), from + MEETING_SLICE);
        // meetings at the same time stay in one slice: their entries are ordered together
        while (to < meetings.size() && meetings.get(to).startsAt().equals(meetings.get(to - 1).startsAt())) {
          to++;
        }
        List<String> slice = meetings.subList(from, to).stream().map(MeetingRow::id).toList();
        addUpToTheCap(found, seen(rows.entriesOfMeetings(slice, filter), visible, asSent), counts);
        from = to;
      }
    }
    boolean capped = found.size() > MAX_COUNT;
    int total = Math.min(found.size(), MAX_COUNT);
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(1, page), pages);
    List<Long> onPage = found.stream().skip((long) (shown - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
    // Every meeting where a shown item was found: its entries again, with the same rules.
    Map<Long, List<Seen>> places = new LinkedHashMap<>();
    onPage.forEach(id -> places.put(id, new ArrayList<>()));
    seen(rows.entriesOfItems(onPage, filter), visible, asSent).stream().filter(counts)
        .forEach(s -> places.get(s.row().itemId()).add(s));
    Map<Long, ItemRow> items = rows.items(onPage);
    List<Hit> hits = onPage.stream()
        .map(id -> hit(items.get(id), places.get(id), confidential.get(id))).toList();
    return new Result(total, capped, hits, shown, pages);
  }

  /** The items of these entries (in order) whose words count, until one more than the cap is found. */
  private static void addUpToTheCap(Set<Long> found, List<Seen> entries, Predicate<Seen> counts) {
    for (Seen s : entries) {
      if (found.size() > MAX_COUNT) {
        return;
      }
      if (counts.test(s)) {
        found.add(s.row().itemId());
      }
    }
  }

  /** An entry on a meeting the visitor may see. */
  private record Seen(EntryRow row, MeetingRow meeting) {}

  /**
   * The entries on visible meetings as they were sent, newest meeting first, then the highest item id (the order of the
   * results).
   */
  private static List<Seen> seen(List<EntryRow> entries, Map<String, MeetingRow> visible, AsSent asSent) {
    return entries.stream().filter(e -> visible.containsKey(e.meetingId()))
        .flatMap(e -> asSent.of(e, visible.get(e.meetingId())).stream())
        .map(e -> new Seen(e, visible.get(e.meetingId())))
        .sorted(Comparator.comparing((Seen s) -> s.meeting().startsAt()).reversed()
            .thenComparing(s -> s.row().itemId(), Comparator.reverseOrder())
            .thenComparing(s -> s.row().meetingId(), Comparator.reverseOrder()))
        .toList();
  }

  /**
   * An entry as the members were sent it (SentAgendas, ADR 0058 addendum): on a meeting whose minutes are not approved,
   * a late item not yet sent is left out and the position is the sent one. Read once per such meeting and search (a
   * few meetings: those between the agenda and the approved minutes).
   */
  private final class AsSent {

    private final Map<String, Map<Long, Integer>> positions = new HashMap<>();

    Optional<EntryRow> of(EntryRow row, MeetingRow meeting) {
      if (meeting.minutesApproved()) {
        return Optional.of(row);
      }
      Integer position = positions.computeIfAbsent(meeting.id(), id -> sentAgendas.entries(id).stream()
          .collect(Collectors.toMap(AgendaEntry::itemId, AgendaEntry::position))).get(row.itemId());
      return position == null ? Optional.empty() : Optional.of(new EntryRow(row.meetingId(), row.itemId(), position,
          row.outcome(), row.kind(), row.closed()));
    }
  }

  /** The filters and the forums the visitor sees, for the database. */
  private SearchRows.Filter filter(Viewer viewer, Query query) {
    List<String> forums = rows.forumIds().stream().filter(f -> access.seesForum(viewer, f)).toList();
    return new SearchRows.Filter(forums, query.forumId(),
        query.from() == null ? null : query.from().atStartOfDay(),
        query.to() == null ? null : query.to().plusDays(1).atStartOfDay(), query.kind(), query.outcome());
  }

  /**
   * Whether the words were found in what the visitor may read of this entry: a closed item's confidential text (its
   * title, case text, attachments, decision) is for whom {@link PortalAccess#seesConfidential} says, one rule with
   * the pages and the API (ADR 0055); everybody else searches its public title and public decision only. A decision
   * and the outcome filter count once the minutes are approved (a recorded draft outcome must not leak).
   */
  private boolean counts(Viewer viewer, Query query, Seen seen, Matches matches, Map<Long, Boolean> confidential) {
    EntryRow row = seen.row();
    boolean minutes = seen.meeting().minutesApproved();
    if (query.outcome() != null && !(minutes && query.outcome() == row.outcome())) {
      return false;
    }
    boolean full = confidential.computeIfAbsent(row.itemId(),
        id -> !row.closed() || access.seesConfidential(viewer, id));
    Matches.Entry entry = new Matches.Entry(row.meetingId(), row.itemId());
    return full
        ? matches.items().contains(row.itemId()) || minutes && matches.decisions().contains(entry)
        : matches.publicTitles().contains(row.itemId()) || minutes && matches.publicDecisions().contains(entry);
  }

  private Hit hit(ItemRow item, List<Seen> entries, boolean full) {
    List<Place> places = entries.stream().map(seen -> {
      EntryRow row = seen.row();
      MeetingRow meeting = seen.meeting();
      String forum = masterData.forum(meeting.forumId()).map(Forum::name).orElse(meeting.forumId());
      return new Place(row.meetingId(), "/moeder/" + row.meetingId() + "#punkt-" + row.position(),
          "Møde i " + forum + " " + DanishDates.date(meeting.startsAt()), row.position(),
          !meeting.minutesApproved() ? "Referatet er ikke godkendt endnu"
              : row.outcome() == null ? null : row.outcome().danish());
    }).toList();
    String kind = entries.get(0).row().kind().danish();
    if (full) {
      return new Hit(item.id(), item.title(), item.caseNumber(), kind, snippet(item.summary()), false, places);
    }
    // The case number names the journal, not the content: shown as on the meeting page, the passport and the public
    // PDF (ADR 0049 addendum). Found by the public through the public wording only.
    return new Hit(item.id(), Closure.publicTitleOr(item.publicTitle()), item.caseNumber(), kind, null, true, places);
  }

  private static String snippet(String summary) {
    if (summary == null || summary.isBlank()) {
      return null;
    }
    String text = summary.strip().replaceAll("\\s+", " ");
    if (text.length() <= SNIPPET) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
  }
}
