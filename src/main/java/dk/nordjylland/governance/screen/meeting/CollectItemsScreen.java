package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ITEM_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.item.Agenda;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.item.StandingItemContent;
import dk.nordjylland.governance.item.StandingItems;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.screen.attachment.ScreenAttachments;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Indsaml dagsordenspunkter": the secretariat sees the items proposed so far (who proposed them, which came late),
 * registers an item that arrived by mail (after the deadline too: marked late, ADR 0031) through the same use case as
 * a proposal, adds files to the items (ADR 0035's upload form per row), and closes the call.
 */
@Component
class CollectItemsScreen implements TaskScreen {

  static final String REGISTER = "registrer";
  static final String CLOSE = "luk";
  /** Fill in a standing item's content (issue 15). */
  static final String FILL = "udfyld";
  /** As MeetingTaskCompletion checks it. */
  static final int MAX_REMARKS = 4000;

  private final Agenda agenda;
  private final Items items;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final ItemRows rows;
  private final MeetingState meetingState;
  private final ScreenAttachments attachments;
  private final StandingItems standingItems;

  CollectItemsScreen(Agenda agenda, Items items, Meetings meetings, MeetingSchedule schedule, ItemRows rows,
      MeetingState meetingState, ScreenAttachments attachments, StandingItems standingItems) {
    this.standingItems = standingItems;
    this.attachments = attachments;
    this.meetingState = meetingState;
    this.agenda = agenda;
    this.items = items;
    this.meetings = meetings;
    this.schedule = schedule;
    this.rows = rows;
  }

  @Override
  public String name() {
    return "collect-items";
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("deadline", task.text(ITEM_DEADLINE_TEXT));
    model.put("meetingState", meetingState.of(meetingId));
    model.put("attachmentHint", attachments.hint());
    model.put("deadlinePassed", ClockUtil.getCurrentTime().after(schedule.itemDeadline(meetingId)));
    AtomicInteger number = new AtomicInteger();
    List<Item> pipeline = items.pipeline(meetingId);
    model.put("rows", pipeline.stream().map(item -> rows.row(number.incrementAndGet(), item)).toList());
    Map<Long, StandingText> standing = new HashMap<>();
    pipeline.stream().filter(Item::standing).forEach(item -> standing.put(item.id(), new StandingText(item.summary(),
        item.presentation(), String.join("\n", items.recommendations(item.id()).stream().map(Recommendation::text)
            .toList()))));
    model.put("standing", standing);
  }

  /** A standing item's content as its "Udfyld" form shows it; all empty before the secretariat writes it. */
  record StandingText(String summary, String presentation, String recommendations) {
    public boolean filled() {
      return summary != null || presentation != null || !recommendations.isEmpty();
    }
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String action = input.choice("action", "Handling", List.of(REGISTER, CLOSE, FILL), true);
    if (REGISTER.equals(action)) {
      register(task, input);
    } else if (FILL.equals(action)) {
      fill(task, input);
    } else if (CLOSE.equals(action)) {
      close(task, input);
    } else {
      input.requireValid();
    }
  }

  /** Registers the item for this meeting as the logged-in secretary; the task stays open. */
  private void register(ScreenTask task, ScreenInput input) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    String title = input.text("title", "Titel", true);
    if (title.length() > 300) {
      input.error("title", "Titlen er for lang: højst 300 tegn (nu " + title.length() + ").");
    }
    String proposerBody = input.text("proposerBody", "Forslagsstiller", false);
    if (proposerBody.length() > 200) {
      input.error("proposerBody", "Forslagsstiller er for lang: højst 200 tegn.");
    }
    String caseNumber = input.text("caseNumber", "Sagsnr.", false);
    if (caseNumber.length() > 40) {
      input.error("caseNumber", "Sagsnr. er for langt: højst 40 tegn.");
    }
    String summary = input.text("summary", "Resumé", false);
    String guests = input.text("guests", "Gæster under punktet", false);
    if (guests.length() > 1000) {
      input.error("guests", "Gæster under punktet er for lang: højst 1000 tegn.");
    }
    List<String> recommendations = Arrays.stream(input.text("recommendations", "Indstilling", false).split("\\R"))
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (recommendations.stream().anyMatch(r -> r.length() > 2000)) {
      input.error("recommendations", "Hvert punkt i indstillingen må højst have 2000 tegn.");
    }
    input.requireValid();
    String forumId = meetings.get(meetingId).forumId();
    long id = agenda.propose(new ItemProposal(forumId, meetingId, title, empty(caseNumber), empty(summary), null, null,
        null, empty(proposerBody), recommendations, List.of()),
        new ItemProposal.Announced(null, empty(guests), false), task.user());
    Item item = items.find(id).orElseThrow();
    input.notice("Punktet \"" + item.title() + "\" er registreret" + (item.late()
        ? " efter fristen og er markeret som for sent indkommet." : "."));
  }

  /** Fills in one standing item of this meeting's pipeline (StandingItems, as the API); the task stays open. */
  private void fill(ScreenTask task, ScreenInput input) {
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

  private void close(ScreenTask task, ScreenInput input) {
    boolean closed = input.checked(CALL_CLOSED.getName());
    if (!closed) {
      input.error(CALL_CLOSED.getName(),
          "Sæt kryds for at bekræfte, at indkaldelsen er lukket, og at alle indkomne punkter"
          + " er registreret.");
    }
    String remarks = input.text(COLLECT_REMARKS.getName(), "Bemærkninger til formandskabet", false);
    if (remarks.length() > MAX_REMARKS) {
      input.error(COLLECT_REMARKS.getName(), "Bemærkningerne er for lange: højst " + MAX_REMARKS + " tegn (nu "
          + remarks.length() + ").");
    }
    input.requireValid();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CALL_CLOSED.getName(), true);
    variables.put(COLLECT_REMARKS.getName(), remarks.isEmpty() ? null : remarks);
    task.complete(variables);
  }

  private static String empty(String text) {
    return text.isEmpty() ? null : text;
  }
}
