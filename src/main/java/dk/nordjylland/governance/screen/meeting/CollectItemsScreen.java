package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.ITEM_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.screen.attachment.ScreenAttachments;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

  private final Items items;
  private final MeetingSchedule schedule;
  private final ItemRows rows;
  private final MeetingState meetingState;
  private final ScreenAttachments attachments;
  private final CollectedItems collected;

  CollectItemsScreen(Items items, MeetingSchedule schedule, ItemRows rows, MeetingState meetingState,
      ScreenAttachments attachments, CollectedItems collected) {
    this.items = items;
    this.schedule = schedule;
    this.rows = rows;
    this.meetingState = meetingState;
    this.attachments = attachments;
    this.collected = collected;
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
    model.put("deadlinePassed", EngineClock.isPast(schedule.itemDeadline(meetingId)));
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
      collected.register(task, input);
    } else if (FILL.equals(action)) {
      collected.fill(task, input);
    } else if (CLOSE.equals(action)) {
      close(task, input);
    } else {
      input.requireValid();
    }
  }

  private void close(ScreenTask task, ScreenInput input) {
    boolean closed = input.checked(CALL_CLOSED.getName());
    if (!closed) {
      input.error(CALL_CLOSED.getName(),
          "Sæt kryds for at bekræfte, at indkaldelsen er lukket, og at alle indkomne punkter"
          + " er registreret.");
    }
    String remarks = input.text(COLLECT_REMARKS.getName(), "Bemærkninger til formandskabet", false);
    if (remarks.length() > TextLimits.NOTE) {
      input.error(COLLECT_REMARKS.getName(), "Bemærkningerne er for lange: højst " + TextLimits.NOTE + " tegn (nu "
          + remarks.length() + ").");
    }
    input.requireValid();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CALL_CLOSED.getName(), true);
    variables.put(COLLECT_REMARKS.getName(), remarks.isEmpty() ? null : remarks);
    task.complete(variables);
  }
}
