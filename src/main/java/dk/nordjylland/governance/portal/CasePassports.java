package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.document.TextBlocks;
import dk.nordjylland.governance.item.Attachment;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemKind;
import dk.nordjylland.governance.item.Items;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The case passport (sagspas) of an item: its whole path across forums, one step per agenda it stood on (the agenda
 * entries keep the decision, reservation and where it was sent on), the follow-ups decided under it, and the
 * agreement or consultation it belongs to. Only what the visitor may read: a step from a sent agenda, its decision
 * once the minutes are approved, follow-ups of meetings whose minutes are approved. The item's pipeline events
 * (screening, deferrals) are the secretariat's working notes and stay out.
 */
@Component
class CasePassports {

  private final PortalAccess access;
  private final Items items;
  private final ClosedItems closedItems;
  private final CaseSteps caseSteps;
  private final CaseFollowUps caseFollowUps;
  private final CaseBelongings belongings;

  CasePassports(PortalAccess access, Items items, ClosedItems closedItems, CaseSteps caseSteps,
      CaseFollowUps caseFollowUps, CaseBelongings belongings) {
    this.access = access;
    this.items = items;
    this.closedItems = closedItems;
    this.caseSteps = caseSteps;
    this.caseFollowUps = caseFollowUps;
    this.belongings = belongings;
  }

  /** One forum meeting the case passed. {@code outcome} and what follows: null until the minutes are approved. */
  public record Step(String forumName, String meetingId, String meetingTitle, int position, boolean decided,
      String outcome, List<TextBlocks.Block> decision, String reservation, String sentTo, String sentToMeetingId) {}

  public record FollowUp(String kind, String description, String owner, String due, String status,
      String result) {}

  public record AttachmentLink(String line, String href) {}

  public record Belonging(String kind, String title, String state) {}

  /** {@code closure}: "Lukket punkt. Begrundelse: ..." for a closed item (ADR 0055), else null. */
  public record CasePage(Item item, String kind, List<Step> steps, List<FollowUp> followUps,
      List<Belonging> belongings, List<AttachmentLink> attachments, String closure) {}

  CasePage page(Viewer viewer, long itemId) {
    Item found = access.item(viewer, itemId);
    Closure closure = closedItems.closure(itemId);
    // A closed item the visitor may not read: its public wording only (ADR 0055).
    boolean confidential = access.seesConfidential(viewer, itemId);
    Item item = confidential ? found : closure.publicItem(found);
    List<Step> steps = caseSteps.of(viewer, itemId, confidential);
    // Follow-ups only of meetings whose decision the visitor reads.
    Set<String> decidedMeetings = steps.stream().filter(Step::decided).map(Step::meetingId).collect(Collectors.toSet());
    List<FollowUp> followUps = !confidential ? List.of() : caseFollowUps.of(itemId, decidedMeetings);
    List<AttachmentLink> attachments = !confidential ? List.of()
        : items.attachments(itemId).stream().map(a -> attachment(itemId, a)).toList();
    String kind = item.kind() == ItemKind.OTHER ? "Andet" : item.kind().danish();
    // The same line as under the item on the meeting page and in the PDFs (Closure: one wording).
    String closureLine = !closure.closed() ? null : confidential ? closure.fullNote() : closure.publicNote();
    return new CasePage(item, kind, steps, followUps, confidential ? belongings.of(itemId) : List.of(), attachments,
        closureLine);
  }

  private static AttachmentLink attachment(long itemId, Attachment a) {
    String line = "Bilag " + a.number() + ": " + a.title() + (a.toFollow() && !a.hasFile() ? " (eftersendes)" : "");
    return new AttachmentLink(line, a.hasFile() ? "/sager/" + itemId + "/bilag/" + a.number() : null);
  }
}
