package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.handle;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.other;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.redirectTo;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.typed;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.ArchiveMeetings;
import dk.nordjylland.governance.meeting.ArchiveStep;
import dk.nordjylland.governance.meeting.ExtraMeetings;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Møder" (issue 15): the meetings of the forums the user plans (its secretariat; process owners plan all), with the
 * forms to create an extra meeting and register a past meeting for the archive; each meeting links to
 * MeetingPlanPage to move or cancel it. Not a task screen: the Tasklist links here from its top bar
 * (scripts/governance-meetings.js) and the receipt (/screens/done). Each form calls the same use case as
 * {@code /api/meetings}; its refusals come back on the page.
 */
@Controller
class MeetingsPage {

  static final String PATH = "/screens/meetings";

  private final PlannedMeetings planned;
  private final MeetingPlanningView view;
  private final SecretariatOnly secretariatOnly;
  private final ExtraMeetings extraMeetings;
  private final ArchiveMeetings archiveMeetings;

  MeetingsPage(PlannedMeetings planned, MeetingPlanningView view, SecretariatOnly secretariatOnly,
      ExtraMeetings extraMeetings, ArchiveMeetings archiveMeetings) {
    this.planned = planned;
    this.view = view;
    this.secretariatOnly = secretariatOnly;
    this.extraMeetings = extraMeetings;
    this.archiveMeetings = archiveMeetings;
  }

  @GetMapping(PATH)
  String list(@RequestParam(required = false) String callbackUrl, @RequestParam(required = false) String oprettet,
      @RequestParam(required = false) String aendret, Principal user, HttpServletRequest request, Model model) {
    model.addAttribute("notice", planned.notice(oprettet, aendret));
    ScreenForm form = ScreenForm.fresh();
    listPresets().forEach(form::preset);
    return view.listPage(callbackUrl, user, request, model, form, List.of());
  }

  @PostMapping(PATH)
  String listSubmit(@RequestParam(required = false) String callbackUrl, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    boolean past = "past".equals(input.text("action"));
    String prefix = past ? "past-" : "new-";
    return handle(response, values, () -> {
      List<String> offered = planned.plannable().stream().map(Forum::id).toList();
      String forumId = input.choice(prefix + "forum", "Forum", offered, true);
      Optional<LocalDate> date = input.date(prefix + "date", "Dato", true);
      Optional<LocalTime> start = input.time(prefix + "time", "Starttidspunkt", true);
      Optional<LocalTime> end = input.time(prefix + "endTime", "Sluttidspunkt", false);
      String place = input.text(prefix + "place", "Sted", false);
      String step = past ? input.choice("past-startAt", "Forløbet starter ved",
          Arrays.stream(ArchiveStep.values()).map(ArchiveStep::code).toList(), true) : null;
      input.requireValid();
      Forum forum = planned.forum(forumId);
      secretariatOnly.require(forum, past ? "registrere møder" : "oprette møder");
      LocalDateTime startsAt = date.orElseThrow().atTime(start.orElseThrow());
      LocalDateTime endsAt = end.map(t -> date.orElseThrow().atTime(t)).orElse(null);
      Meeting saved = past
          ? archiveMeetings.register(forum, startsAt, endsAt, place, ArchiveStep.parse(step).orElseThrow())
          : extraMeetings.create(forum, startsAt, endsAt, place);
      redirect.addAttribute("oprettet", saved.id());
      return redirectTo(PATH, request, callbackUrl, redirect);
    }, refused -> view.listPage(callbackUrl, user, request, model, refused.form(), refused.problems()),
        other(listPresets(), prefix));
  }

  /** The list's forms as first shown: the usual start time, and the archive's first step. */
  private static Map<String, String> listPresets() {
    Map<String, String> presets = new LinkedHashMap<>();
    presets.put("new-time", "13.00");
    presets.put("past-time", "13.00");
    presets.put("past-startAt", ArchiveStep.RECORD_MEETING.code());
    return presets;
  }
}
