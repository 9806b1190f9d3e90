package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.portal.SearchRows.EntryRow;
import dk.nordjylland.governance.portal.SearchRows.ItemRow;
import dk.nordjylland.governance.portal.SearchRows.Publication;
import dk.nordjylland.governance.search.Matches;
import dk.nordjylland.governance.search.SearchTerms;
import dk.nordjylland.governance.search.TextMatcher;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The portal's search (issue 17 point 4, ADR 0056): the words found by the database's {@link TextMatcher}, then who
 * may see what ({@link PortalAccess}: a sent agenda, approved minutes, a closed item's public wording for anyone
 * without access to its forum) and the filters, in Java, the same on H2 and PostgreSQL. One result per item (its
 * case passport), with the meetings where it was found, newest first.
 */
@Component
class PortalSearch {

  static final int PAGE_SIZE = 20;
  private static final int SNIPPET = 240;

  private final TextMatcher matcher;
  private final SearchRows rows;
  private final PortalAccess access;
  private final MasterData masterData;

  PortalSearch(TextMatcher matcher, SearchRows rows, PortalAccess access, MasterData masterData) {
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

  /** The page of hits and the total. */
  public record Result(int total, List<Hit> hits, int page, int pages) {}

  Result search(Viewer viewer, Query query, int page) {
    if (query.terms().isEmpty()) {
      return new Result(0, List.of(), 1, 1);
    }
    Matches matches = matcher.match(query.terms());
    if (matches.itemIds().isEmpty()) {
      return new Result(0, List.of(), 1, 1);
    }
    Map<String, Publication> publications = rows.publications();
    Map<Long, List<EntryRow>> found = new LinkedHashMap<>();
    Map<Long, Boolean> confidential = new LinkedHashMap<>();
    for (EntryRow row : rows.entries(matches.itemIds())) {
      Publication publication = publications.getOrDefault(row.meetingId(), new Publication(false, false));
      if (!publication.agendaSent() || !access.seesForum(viewer, row.forumId())) {
        continue;
      }
      boolean minutes = publication.minutesApproved();
      // Who reads a closed item's confidential text: one rule with the pages and the API (ADR 0055), a disqualified
      // member included.
      boolean full = !row.closed() || access.seesConfidential(viewer, row.itemId());
      Matches.Entry entry = new Matches.Entry(row.meetingId(), row.itemId());
      boolean words = full
          ? matches.items().contains(row.itemId()) || minutes && matches.decisions().contains(entry)
          : matches.publicTitles().contains(row.itemId()) || minutes && matches.publicDecisions().contains(entry);
      if (words && passes(query, row, minutes)) {
        found.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row);
        confidential.merge(row.itemId(), full, Boolean::logicalOr);
      }
    }
    List<Map.Entry<Long, List<EntryRow>>> ordered = new ArrayList<>(found.entrySet());
    ordered.forEach(e -> e.getValue().sort(Comparator.comparing(EntryRow::startsAt).reversed()));
    ordered.sort(Comparator.<Map.Entry<Long, List<EntryRow>>, LocalDateTime>comparing(
            e -> e.getValue().get(0).startsAt()).reversed()
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    int pages = Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(1, page), pages);
    List<Map.Entry<Long, List<EntryRow>>> slice = ordered.subList((shown - 1) * PAGE_SIZE,
        Math.min(ordered.size(), shown * PAGE_SIZE));
    Map<Long, ItemRow> items = rows.items(slice.stream().map(Map.Entry::getKey).toList());
    List<Hit> hits = slice.stream()
        .map(e -> hit(items.get(e.getKey()), e.getValue(), confidential.get(e.getKey()), publications)).toList();
    return new Result(ordered.size(), hits, shown, pages);
  }

  /**
   * A closed item's confidential text (its title, case text, attachments, decision) is for the forum's people and the
   * process owners; everybody else searches and sees its public title and public decision only.
   */
  /** The filters; the outcome only where the minutes are approved (a recorded draft outcome must not leak). */
  private static boolean passes(Query query, EntryRow row, boolean minutes) {
    LocalDate day = row.startsAt().toLocalDate();
    return (query.forumId() == null || query.forumId().equals(row.forumId()))
        && (query.from() == null || !day.isBefore(query.from()))
        && (query.to() == null || !day.isAfter(query.to()))
        && (query.kind() == null || query.kind() == row.kind())
        && (query.outcome() == null || minutes && query.outcome() == row.outcome());
  }

  private Hit hit(ItemRow item, List<EntryRow> entries, boolean full, Map<String, Publication> publications) {
    List<Place> places = entries.stream().map(row -> {
      boolean minutes = publications.get(row.meetingId()).minutesApproved();
      String forum = masterData.forum(row.forumId()).map(Forum::name).orElse(row.forumId());
      return new Place(row.meetingId(), "/moeder/" + row.meetingId() + "#punkt-" + row.position(),
          "Møde i " + forum + " " + DanishDates.date(row.startsAt()), row.position(),
          !minutes ? "Referatet er ikke godkendt endnu" : row.outcome() == null ? null : row.outcome().danish());
    }).toList();
    String kind = entries.get(0).kind().danish();
    if (full) {
      return new Hit(item.id(), item.title(), item.caseNumber(), kind, snippet(item.summary()), false, places);
    }
    String title = item.publicTitle() == null || item.publicTitle().isBlank() ? "Lukket punkt" : item.publicTitle();
    return new Hit(item.id(), title, null, kind, null, true, places);
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
