package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.document.DocumentInfo;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.Closure;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.security.WebappCsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What "Ret det godkendte referat" (CorrectMinutesPage) shows: each decided item by its title with its outcome, its
 * decision and, for a closed item, its public decision as fields, the reason, and the published minutes versions.
 */
@Component
class CorrectMinutesView {

  /** One decided item: its fields are named after its id ("decisionText-12"). */
  record Row(long itemId, int position, String title, boolean closed, String publicHeading) {
    public String key() {
      return "punkt-" + itemId;
    }
  }

  /** An outcome as the select offers it: by its Danish name. */
  record Choice(String value, String label) {}

  /** A published version of the minutes, as a link to its PDF. */
  record Version(String label, String href) {}

  private final MasterData masterData;
  private final Items items;
  private final ClosedItems closedItems;
  private final Documents documents;
  private final PlannedMeetings planned;

  CorrectMinutesView(MasterData masterData, Items items, ClosedItems closedItems, Documents documents,
      PlannedMeetings planned) {
    this.masterData = masterData;
    this.items = items;
    this.closedItems = closedItems;
    this.documents = documents;
    this.planned = planned;
  }

  /** The items with a decision, in the agenda's order. */
  List<AgendaEntry> decided(String meetingId) {
    return items.agenda(meetingId).stream().filter(e -> e.outcome() != null).toList();
  }

  /** The form as first shown: every decision as it stands in the approved minutes. */
  ScreenForm fresh(String meetingId) {
    ScreenForm form = ScreenForm.fresh();
    for (AgendaEntry e : decided(meetingId)) {
      form.preset("outcome-" + e.itemId(), e.outcome().name());
      form.preset("decisionText-" + e.itemId(), e.decisionText() == null ? "" : e.decisionText());
      if (closedItems.isClosed(e.itemId())) {
        String publicDecision = closedItems.publicDecision(meetingId, e.itemId());
        form.preset("publicDecision-" + e.itemId(), publicDecision == null ? "" : publicDecision);
      }
    }
    return form;
  }

  String page(Meeting meeting, boolean correctable, String callbackUrl, Principal user, HttpServletRequest request,
      Model model, ScreenForm form, List<String> problems) {
    model.addAttribute("taskName", "Ret det godkendte referat");
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    model.addAttribute("userName", masterData.person(user.getName()).map(Person::name).filter(n -> !n.isBlank())
        .orElse(user.getName()));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("csrf", WebappCsrfToken.of(request));
    model.addAttribute("meeting", planned.row(meeting));
    model.addAttribute("correctable", correctable);
    model.addAttribute("rows", decided(meeting.id()).stream().map(this::row).toList());
    model.addAttribute("outcomes", Arrays.stream(Outcome.values()).map(o -> new Choice(o.name(), o.danish()))
        .toList());
    model.addAttribute("versions", versions(meeting.id(), request.getContextPath()));
    String query = MeetingPlanningForms.query(request, callbackUrl);
    model.addAttribute("meetingUrl", request.getContextPath() + MeetingsPage.PATH + "/" + meeting.id() + query);
    model.addAttribute("formAction", request.getContextPath() + CorrectMinutesPage.path(meeting.id()) + query);
    return "screens/correct-minutes";
  }

  /** The latest minutes version, for the receipt. */
  int latestVersion(String meetingId) {
    return documents.latest(meetingId, DocumentKind.MINUTES).map(d -> d.version()).orElse(0);
  }

  private Row row(AgendaEntry e) {
    Closure closure = closedItems.closure(e.itemId());
    return new Row(e.itemId(), e.position(), items.get(e.itemId()).title(), closure.closed(),
        closure.closed() ? closure.publicHeading() : null);
  }

  private List<Version> versions(String meetingId, String contextPath) {
    return documents.ofMeeting(meetingId).stream().filter(d -> d.kind() == DocumentKind.MINUTES)
        .map((DocumentInfo d) -> new Version("Referat, version " + d.version() + " (PDF)",
            contextPath + d.link() + "?version=" + d.version())).toList();
  }
}
