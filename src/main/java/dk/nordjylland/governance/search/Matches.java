package dk.nordjylland.governance.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Where all the search words were found, before anybody's rights are applied: in an item's own text (title, case
 * number, resumé, sagsfremstilling) or one of its attachment titles; in a closed item's public title; in the
 * decision an agenda entry records; in a closed item's public decision (ADR 0056).
 */
public record Matches(Set<Long> items, Set<Long> publicTitles, Set<Entry> decisions, Set<Entry> publicDecisions) {

  /** An item at one meeting (gov_agenda_entry). */
  public record Entry(String meetingId, long itemId) {}

  public static Matches none() {
    return new Matches(Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** Every item found in any of the four. */
  public Set<Long> itemIds() {
    Set<Long> ids = new HashSet<>(items);
    ids.addAll(publicTitles);
    decisions.forEach(e -> ids.add(e.itemId()));
    publicDecisions.forEach(e -> ids.add(e.itemId()));
    return ids;
  }
}
