package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.ClosedItems.Disqualified;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Disqualification;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Membership;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.screen.meeting.RecordMeetingChoices.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The fields of closed items and inhabilitet on the meeting screens (ADR 0055, template screens/closed-item.html):
 * on the screening screen whether an item is closed with its public title and reason; on the record-meeting screen a
 * closed item's public decision and who was disqualified, chosen by name. Read with the rest of the page and saved
 * in the same transaction as the task (ScreenController), so a refusal saves nothing.
 */
@Component
class ClosedItemFields {

  private final ClosedItems closedItems;
  private final Meetings meetings;
  private final MasterData masterData;

  ClosedItemFields(ClosedItems closedItems, Meetings meetings, MasterData masterData) {
    this.closedItems = closedItems;
    this.meetings = meetings;
    this.masterData = masterData;
  }

  // ------------------------------------------------------------------------------------------------ screening

  /** The item's closure as it stands, for its fields ("closed-12", "publicTitle-12", "closureReason-12"). */
  void presetClosure(ScreenForm form, Item item) {
    Closure closure = closedItems.closure(item.id());
    if (closure.closed()) {
      form.preset("closed-" + item.id(), "true").preset("publicTitle-" + item.id(), closure.publicTitle())
          .preset("closureReason-" + item.id(), closure.reason());
    }
  }

  /** What was typed for each item; a closed item without a public title is an error at that field. */
  Map<Long, Closure> readClosures(ScreenInput input, List<Item> screened) {
    Map<Long, Closure> closures = new LinkedHashMap<>();
    for (int i = 0; i < screened.size(); i++) {
      long id = screened.get(i).id();
      boolean closed = input.checked("closed-" + id);
      String label = "Punkt " + (i + 1);
      String title = input.text("publicTitle-" + id, label + ", offentlig titel", false);
      String reason = input.text("closureReason-" + id, label + ", begrundelse for at lukke punktet", false);
      if (closed && title.isEmpty() && !input.hasError("publicTitle-" + id)) {
        input.error("publicTitle-" + id, label + " er lukket: skriv en offentlig titel, der lader borgerne se, hvad"
            + " sagen handler om.");
      }
      closures.put(id, new Closure(closed, title, reason));
    }
    return closures;
  }

  /** Saves the closures that differ from what is stored. */
  void saveClosures(Map<Long, Closure> closures) {
    closures.forEach((id, typed) -> {
      Closure stored = closedItems.closure(id);
      if (typed.closed() || stored.closed()) {
        closedItems.mark(id, typed.closed(), typed.publicTitle(), typed.reason());
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ record meeting

  /** The model's "closedItems" (ids) and "disqualifiable" (the meeting's people by name), and the stored values. */
  void showRecord(String meetingId, List<RecordMeetingScreen.ItemRow> rows, ScreenForm form,
      Map<String, Object> model) {
    model.put("closedItems", rows.stream().map(RecordMeetingScreen.ItemRow::itemId).filter(closedItems::isClosed)
        .collect(Collectors.toSet()));
    model.put("disqualifiable", people(meetingId));
    for (RecordMeetingScreen.ItemRow row : rows) {
      form.preset(row.key() + "-publicDecision", closedItems.publicDecision(meetingId, row.itemId()));
      List<Disqualification> stored = closedItems.disqualifications(meetingId, row.itemId());
      stored.forEach(d -> form.preset(row.key() + "-disqualified", d.personId()));
      if (!stored.isEmpty()) {
        form.preset(row.key() + "-disqualifiedReason", stored.get(0).reason());
      }
    }
  }

  /** What the secretariat typed per item: the public decision of a closed item (required) and the disqualified. */
  record Recorded(long itemId, String publicDecision, List<Disqualified> disqualified) {}

  List<Recorded> readRecord(String meetingId, List<RecordMeetingScreen.ItemRow> rows, ScreenInput input) {
    Set<String> offered = people(meetingId).stream().map(Option::value).collect(Collectors.toSet());
    List<Recorded> recorded = new ArrayList<>();
    for (RecordMeetingScreen.ItemRow row : rows) {
      String k = row.key();
      String what = "punkt " + row.position();
      String publicDecision = null;
      if (closedItems.isClosed(row.itemId())) {
        publicDecision = input.text(k + "-publicDecision", "Offentlig beslutning for " + what, true);
      }
      List<String> people = input.checked(k + "-disqualified", "Inhabilitet, " + what, offered);
      String reason = input.text(k + "-disqualifiedReason", "Begrundelse for inhabilitet, " + what, false);
      if (!people.isEmpty() && reason.isEmpty()) {
        input.error(k + "-disqualifiedReason", "Punkt " + row.position() + ": skriv begrundelsen for inhabiliteten.");
      }
      recorded.add(new Recorded(row.itemId(), publicDecision,
          people.stream().map(p -> new Disqualified(p, reason)).toList()));
    }
    return recorded;
  }

  void saveRecord(String meetingId, List<Recorded> recorded, String actor) {
    for (Recorded r : recorded) {
      if (r.publicDecision() != null) {
        closedItems.setPublicDecision(meetingId, r.itemId(), r.publicDecision());
      }
      if (!r.disqualified().isEmpty() || !closedItems.disqualifications(meetingId, r.itemId()).isEmpty()) {
        closedItems.setDisqualifications(meetingId, r.itemId(), r.disqualified(), actor);
      }
    }
  }

  /** The forum's people on the meeting's date, by name: who can be disqualified. */
  private List<Option> people(String meetingId) {
    Meeting meeting = meetings.get(meetingId);
    List<Option> options = new ArrayList<>();
    for (Membership m : masterData.membershipsOn(meeting.forumId(), meeting.startsAt().toLocalDate())) {
      if (options.stream().noneMatch(o -> o.value().equals(m.personId()))) {
        options.add(new Option(m.personId(), masterData.person(m.personId()).map(Person::name).orElse(m.personId())));
      }
    }
    return options;
  }
}
