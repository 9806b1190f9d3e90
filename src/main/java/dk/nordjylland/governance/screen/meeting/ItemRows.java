package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentLinks;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemLinks;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.screen.attachment.ScreenAttachments;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/** An item as the meeting screens show it: its content and its proposer by name, never an id. */
@Component
class ItemRows {

  private final Items items;
  private final MasterData masterData;
  private final ScreenAttachments attachments;
  private final ItemLinks links;
  private final ClosedItems closedItems;

  ItemRows(Items items, MasterData masterData, ScreenAttachments attachments, ItemLinks links,
      ClosedItems closedItems) {
    this.closedItems = closedItems;
    this.links = links;
    this.items = items;
    this.masterData = masterData;
    this.attachments = attachments;
  }

  Row row(int number, Item item) {
    return new Row(number, item.id(), item.title(), item.caseNumber(), item.summary(), proposer(item), item.late(),
        item.standing(), item.guests(), items.recommendations(item.id()), attachments.of(item.id()),
        links.cameFrom(item.id()).stream().map(l -> new Origin(l.text(),
            DocumentLinks.path(l.meetingId(), DocumentKind.MINUTES))).toList(), false);
  }

  /**
   * {@link #row(int, Item)} for a reader: a closed item he or she may not read (a member disqualified for it, ADR
   * 0055) by its public heading only, without proposer, resumé, guests, recommendations and bilag.
   */
  Row row(int number, Item item, LongPredicate showsConfidential) {
    if (showsConfidential.test(item.id())) {
      return row(number, item);
    }
    return new Row(number, item.id(), closedItems.closure(item.id()).publicHeading(), item.caseNumber(), null,
        "Vises ikke (lukket punkt)", item.late(), item.standing(), null, List.of(), List.of(), List.of(), true);
  }

  /** "Lone Berg for Region Nordjylland", "Fast punkt", or the body alone when a process proposed it. */
  private String proposer(Item item) {
    if (item.standing()) {
      return "Fast punkt";
    }
    String person = item.proposedBy() == null ? null
        : masterData.person(item.proposedBy()).map(Person::name).orElse(null);
    String body = item.proposerBody() == null || item.proposerBody().isBlank() ? null : item.proposerBody().strip();
    if (person == null) {
      // "system" (a process) or a user no longer in the master data: no id is shown.
      return body != null ? body : "system".equals(item.proposedBy()) ? "Oprettet af systemet" : "Ukendt forslagsstiller";
    }
    return body == null ? person : person + " for " + body;
  }

  /** What a screen shows of an item; {@code id} names its fields, never shown. */
  record Row(int number, long id, String title, String caseNumber, String summary, String proposer, boolean late,
      boolean standing, String guests, List<Recommendation> recommendations, List<ScreenAttachments.Line> attachments,
      List<Origin> cameFrom, boolean publicOnly) {}

  /**
   * Where the item came from, "Fra: FFU 10.12.2026, punkt 4" (ADR 0044), linked to that meeting's minutes, which say
   * where it went.
   */
  record Origin(String text, String minutes) {}
}
