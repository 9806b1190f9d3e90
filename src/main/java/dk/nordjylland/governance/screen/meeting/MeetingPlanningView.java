package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.query;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import dk.nordjylland.governance.meeting.ArchiveStep;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.screen.CallbackUrls;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.security.WebappCsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The two pages of "Møder": the list with its forms (MeetingsPage), and one meeting to move or cancel. */
@Component
class MeetingPlanningView {

  private final MasterData masterData;
  private final PlannedMeetings planned;

  MeetingPlanningView(MasterData masterData, PlannedMeetings planned) {
    this.masterData = masterData;
    this.planned = planned;
  }

  String listPage(String callbackUrl, Principal user, HttpServletRequest request, Model model, ScreenForm form,
      List<String> problems) {
    common(callbackUrl, user, request, model, form, problems, "Møder");
    List<Forum> forums = planned.plannable();
    model.addAttribute("forums", forums);
    model.addAttribute("calendars", planned.calendars(forums));
    model.addAttribute("steps", ArchiveStep.values());
    model.addAttribute("formAction", request.getContextPath() + MeetingsPage.PATH + query(request, callbackUrl));
    return "screens/meetings";
  }

  String meetingPage(Meeting meeting, String callbackUrl, Principal user, HttpServletRequest request, Model model,
      ScreenForm form, List<String> problems) {
    common(callbackUrl, user, request, model, form, problems, "Flyt eller aflys mødet");
    model.addAttribute("meeting", planned.row(meeting));
    model.addAttribute("formAction", request.getContextPath() + MeetingsPage.PATH + "/" + meeting.id()
        + query(request, callbackUrl));
    model.addAttribute("listUrl", request.getContextPath() + MeetingsPage.PATH + query(request, callbackUrl));
    return "screens/meeting-plan";
  }

  private void common(String callbackUrl, Principal user, HttpServletRequest request, Model model, ScreenForm form,
      List<String> problems, String heading) {
    model.addAttribute("taskName", heading);
    model.addAttribute("callbackUrl", CallbackUrls.safe(request, callbackUrl));
    model.addAttribute("userName", masterData.person(user.getName()).map(Person::name).filter(n -> !n.isBlank())
        .orElse(user.getName()));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("csrf", WebappCsrfToken.of(request));
  }
}
