package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.query;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.RevisableAgenda;
import dk.nordjylland.governance.item.RevisedAgenda;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.security.WebappCsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the page "Ret den udsendte dagsorden" (AgendaRevisionPage) shows: the agenda now, its choices, the history. */
@Component
class AgendaRevisionView {

  private final MasterData masterData;
  private final PlannedMeetings planned;
  private final RevisableAgenda agenda;
  private final Items items;

  AgendaRevisionView(MasterData masterData, PlannedMeetings planned, RevisableAgenda agenda, Items items) {
    this.masterData = masterData;
    this.planned = planned;
    this.agenda = agenda;
    this.items = items;
  }

  /** An item of the agenda as it stands now; {@code withdrawable}: not standing and not decided yet. */
  record Row(long itemId, int position, String title, boolean standing, boolean withdrawable) {}

  /** A choice shown by name; the value is the id or the position. */
  record Choice(String value, String label) {}

  /** A version the members were sent: "Version 2, udsendt 3. marts 2027 kl. 10.15 af Karen Lund", and its note. */
  record Sent(String heading, String note) {}

  String page(Meeting meeting, String callbackUrl, Principal user, HttpServletRequest request, Model model,
      ScreenForm form, List<String> problems) {
    String meetingId = meeting.id();
    model.addAttribute("taskName", "Ret den udsendte dagsorden");
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    model.addAttribute("userName", name(user.getName()));
    model.addAttribute("csrf", WebappCsrfToken.of(request));
    model.addAttribute("problems", problems);
    model.addAttribute("meeting", planned.row(meeting));
    model.addAttribute("meetingUrl", request.getContextPath() + MeetingsPage.PATH + "/" + meetingId
        + query(request, callbackUrl));
    model.addAttribute("formAction", request.getContextPath() + AgendaRevisionPage.path(meetingId)
        + query(request, callbackUrl));
    String whyNot = agenda.whyNot(meeting);
    model.addAttribute("whyNot", whyNot);
    int sent = agenda.latestVersion(meetingId);
    model.addAttribute("sentVersion", sent);

    List<Row> rows = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      Item item = items.get(e.itemId());
      rows.add(new Row(item.id(), e.position(), item.title(), item.standing(), !item.standing() && e.outcome() == null));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("lateItems", agenda.lateItemChoices(meeting).stream()
        .map(i -> new Choice(String.valueOf(i.id()), i.title())).toList());
    List<Choice> positions = new ArrayList<>();
    rows.forEach(r -> positions.add(new Choice(String.valueOf(r.position()), "Før punkt " + r.position() + ": "
        + r.title())));
    positions.add(new Choice(String.valueOf(rows.size() + 1), "Sidst på dagsordenen"));
    model.addAttribute("positions", positions);
    latePresets(meetingId).forEach(form::preset);
    model.addAttribute("form", form);
    model.addAttribute("changes", whyNot == null ? agenda.changesSinceSent(meetingId) : List.of());

    List<Sent> history = new ArrayList<>();
    for (RevisedAgenda r : agenda.sent(meetingId)) {
      history.add(new Sent("Version " + r.version() + ", udsendt " + DanishDates.DATE_TIME.format(r.sentAt()) + " af "
          + name(r.sentBy()), r.note()));
    }
    model.addAttribute("history", history);
    return "screens/agenda-revision";
  }

  /** The late item's form as first shown, kept when another form of the page is refused: before "Eventuelt". */
  Map<String, String> latePresets(String meetingId) {
    return Map.of(AgendaRevisionPage.LATE_POSITION, String.valueOf(agenda.defaultPosition(meetingId)));
  }

  private String name(String userId) {
    return masterData.person(userId).map(Person::name).filter(n -> !n.isBlank()).orElse(userId);
  }
}
