package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_DEADLINE_TEXT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.FORUM_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_TITLE;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_INTRODUCTION;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.minutes.Minutes;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.ScreenTask;
import dk.nordjylland.governance.screen.TaskScreen;
import dk.nordjylland.governance.validation.TextLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The secretariat drafts the minutes: the draft as the members will get it, the introduction, the members' comments
 * and, after a send-back, the chair's remarks; each recorded decision can be corrected here
 * ({@link MinutesDecisionController}), kept in the item's history, before the minutes go (back) to the chair.
 */
@Component
class DraftMinutesScreen implements TaskScreen {

  static final String NAME = "draft-minutes";

  private final MinutesRound round;
  private final MeetingState meetingState;
  private final Minutes minutes;
  private final Items items;
  private final DecisionChoices choices;

  DraftMinutesScreen(MinutesRound round, MeetingState meetingState, Minutes minutes, Items items,
      DecisionChoices choices) {
    this.round = round;
    this.meetingState = meetingState;
    this.minutes = minutes;
    this.items = items;
    this.choices = choices;
  }

  /** One recorded decision with its values as the correction form shows them. */
  record DecisionRow(long itemId, int position, String title, String outcome, Map<String, String> values) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void show(ScreenTask task, Map<String, Object> model) {
    String meetingId = (String) task.variable(MEETING_ID.getName());
    model.put("meetingTitle", task.text(MEETING_TITLE));
    model.put("commentDeadline", task.text(COMMENT_DEADLINE_TEXT));
    model.put("meetingState", meetingState.of(meetingId));
    model.put("introduction", minutes.introduction(meetingId).orElse(""));
    round.draft(meetingId, itemId -> true, model); // the secretariat writes the minutes: every item in full
    round.comments(meetingId, model);
    round.sendBacks(meetingId, model);
    List<DecisionRow> rows = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      Map<String, String> values = new HashMap<>();
      values.put("outcome", e.outcome() == null ? "" : e.outcome().name());
      values.put("decisionText", blank(e.decisionText()));
      values.put("guests", blank(e.guests()));
      values.put("reservation", blank(e.reservation()));
      values.put("reservationOwner", blank(e.reservationOwner()));
      values.put("targetForumId", blank(e.targetForumId()));
      rows.add(new DecisionRow(e.itemId(), e.position(), items.find(e.itemId()).map(Item::title).orElse(""),
          e.outcome() == null ? "" : e.outcome().danish(), values));
    }
    model.put("decisions", rows);
    String forumId = (String) task.variable(FORUM_ID);
    model.put("outcomes", choices.outcomes());
    model.put("owners", choices.owners(forumId, rows.stream().map(r -> r.values().get("reservationOwner")).toList()));
    model.put("forums", choices.forums());
  }

  @Override
  public void submit(ScreenTask task, ScreenInput input) {
    String introduction = input.text(MINUTES_INTRODUCTION.getName(), "Indledning til referatet", false);
    if (introduction.length() > TextLimits.NOTE) {
      input.error(MINUTES_INTRODUCTION.getName(), "Indledningen er for lang: højst " + TextLimits.NOTE + " tegn (nu "
          + introduction.length() + ").");
    }
    boolean commentRound = input.checked(COMMENT_ROUND.getName());
    input.requireValid();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MINUTES_INTRODUCTION.getName(), introduction);
    variables.put(COMMENT_ROUND.getName(), commentRound);
    task.complete(variables);
  }

  @Override
  public Optional<Preview> preview(ScreenTask task) {
    return Optional.of(round.preview((String) task.variable(MEETING_ID.getName()), itemId -> true));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
