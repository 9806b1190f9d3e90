package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.StandingItemContent;
import dk.nordjylland.governance.item.StandingItems;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collect-items screen's two forms that change the meeting's items while its task stays open (CollectItemsScreen):
 * registering an item that came by mail, and filling in a standing item.
 */
@Component
class CollectedItems {

  private final ItemProposals proposals;
  private final Items items;
  private final Meetings meetings;
  private final StandingItems standingItems;

  CollectedItems(ItemProposals proposals, Items items, Meetings meetings, StandingItems standingItems) {
    this.proposals = proposals;
    this.items = items;
    this.meetings = meetings;
    this.standingItems = standingItems;
  }

  /** Registers the item for this meeting as the logged-in secretary; the task stays open. */
  void register(ScreenTask task, ScreenInput input) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    String title = input.text("title", "Titel", true);
    if (title.length() > 300) {
      input.error("title", "Titlen er for lang: højst " + TextLimits.TITLE + " tegn (nu " + title.length() + ").");
    }
    String proposerBody = input.text("proposerBody", "Forslagsstiller", false);
    if (proposerBody.length() > 200) {
      input.error("proposerBody", "Forslagsstiller er for lang: højst " + TextLimits.NAME + " tegn.");
    }
    String caseNumber = input.text("caseNumber", "Sagsnr.", false);
    if (caseNumber.length() > 40) {
      input.error("caseNumber", "Sagsnr. er for langt: højst 40 tegn.");
    }
    String summary = input.text("summary", "Resumé", false);
    String guests = input.text("guests", "Gæster under punktet", false);
    if (guests.length() > 1000) {
      input.error("guests", "Gæster under punktet er for lang: højst " + TextLimits.GUESTS + " tegn.");
    }
    List<String> recommendations = Arrays.stream(input.text("recommendations", "Indstilling", false).split("\\R"))
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (recommendations.stream().anyMatch(r -> r.length() > 2000)) {
      input.error("recommendations", "Hvert punkt i indstillingen må højst have 2000 tegn.");
    }
    input.requireValid();
    String forumId = meetings.get(meetingId).forumId();
    long id = proposals.propose(new ItemProposal(forumId, meetingId, title, empty(caseNumber), empty(summary), null, null,
        null, empty(proposerBody), recommendations, List.of()),
        new ItemProposal.Announced(null, empty(guests), false), task.user());
    Item item = items.find(id).orElseThrow();
    input.notice("Punktet \"" + item.title() + "\" er registreret" + (item.late()
        ? " efter fristen og er markeret som for sent indkommet." : "."));
  }

  /** Fills in one standing item of this meeting's pipeline (StandingItems, as the API); the task stays open. */
  void fill(ScreenTask task, ScreenInput input) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    Item item = items.pipeline(meetingId).stream().filter(Item::standing)
        .filter(i -> String.valueOf(i.id()).equals(input.text("fillItem"))).findFirst().orElse(null);
    if (item == null) {
      input.error("fillItem", "Det faste punkt findes ikke længere i mødets punkter. Genindlæs siden.");
    }
    String summary = input.text("fillSummary", "Resumé", false);
    String presentation = input.text("fillPresentation", "Sagsfremstilling", false);
    String typed = input.text("fillRecommendations", "Indstilling", false);
    List<String> recommendations = Arrays.stream(typed.split("\\R")).map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
    if (recommendations.stream().anyMatch(r -> r.length() > 2000)) {
      input.error("fillRecommendations", "Hvert punkt i indstillingen må højst have 2000 tegn.");
    }
    input.requireValid();
    standingItems.fill(item.id(), new StandingItemContent(summary, presentation, null, null, recommendations),
        task.user());
    input.notice("Det faste punkt \"" + item.title() + "\" er udfyldt.");
  }

  private static String empty(String text) {
    return text.isEmpty() ? null : text;
  }
}
