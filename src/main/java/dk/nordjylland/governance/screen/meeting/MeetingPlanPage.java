package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.handle;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.other;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.redirectTo;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.typed;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.MeetingCancellation;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingMover;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One meeting of "Møder" (MeetingsPage): move it (time, place) or cancel it with a reason. Calls the same use cases
 * as {@code /api/meetings}; its refusals come back on the page, a meeting the user does not plan is not found.
 */
@Controller
class MeetingPlanPage {

  private static final String PATH = MeetingsPage.PATH + "/{meetingId}";

  private final PlannedMeetings planned;
  private final MeetingPlanningView view;
  private final SecretariatOnly secretariatOnly;
  private final MeetingMover mover;
  private final MeetingCancellation cancellation;

  MeetingPlanPage(PlannedMeetings planned, MeetingPlanningView view, SecretariatOnly secretariatOnly,
      MeetingMover mover, MeetingCancellation cancellation) {
    this.planned = planned;
    this.view = view;
    this.secretariatOnly = secretariatOnly;
    this.mover = mover;
    this.cancellation = cancellation;
  }

  @GetMapping(PATH)
  String meeting(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl, Principal user,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      // The same answer for a meeting that does not exist and one of a forum the user does not plan.
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return view.listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger."));
    }
    ScreenForm form = ScreenForm.fresh();
    movePresets(meeting).forEach(form::preset);
    return view.meetingPage(meeting, callbackUrl, user, request, model, form, List.of());
  }

  @PostMapping(PATH)
  String meetingSubmit(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl,
      Principal user, HttpServletRequest request, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return view.listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger. Intet er ændret."));
    }
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    boolean cancel = "cancel".equals(input.text("action"));
    return handle(response, values, () -> {
      Forum forum = planned.forum(meeting.forumId());
      if (cancel) {
        String reason = input.text("cancel-reason", "Begrundelse", true);
        if (!input.checked("cancel-confirm")) {
          input.error("cancel-confirm", "Sæt kryds for at bekræfte, at mødet skal aflyses.");
        }
        input.requireValid();
        secretariatOnly.require(forum, "aflyse møder");
        cancellation.cancel(meetingId, reason, user.getName());
      } else {
        Optional<LocalDate> date = input.date("move-date", "Dato", true);
        Optional<LocalTime> start = input.time("move-time", "Starttidspunkt", true);
        Optional<LocalTime> end = input.time("move-endTime", "Sluttidspunkt", false);
        String place = input.text("move-place", "Sted", false);
        input.requireValid();
        secretariatOnly.require(forum, "flytte møder");
        LocalDateTime startsAt = date.orElseThrow().atTime(start.orElseThrow());
        LocalDateTime endsAt = end.map(t -> date.orElseThrow().atTime(t))
            .orElse(startsAt.plus(Duration.between(meeting.startsAt(), meeting.endsAt())));
        boolean sameTime = startsAt.equals(meeting.startsAt()) && endsAt.equals(meeting.endsAt());
        // Only the place changed: the move keeps the time (MeetingMover's "place only").
        mover.move(meetingId, sameTime ? null : startsAt, sameTime ? null : endsAt,
            place.equals(meeting.place()) ? null : place);
      }
      redirect.addAttribute("aendret", meetingId);
      return redirectTo(MeetingsPage.PATH, request, callbackUrl, redirect);
    }, refused -> view.meetingPage(meeting, callbackUrl, user, request, model, refused.form(), refused.problems()),
        other(movePresets(meeting), cancel ? "cancel-" : "move-"));
  }

  /** The move form as first shown: the meeting's time and place. */
  private static Map<String, String> movePresets(Meeting meeting) {
    Map<String, String> presets = new LinkedHashMap<>();
    presets.put("move-date", DanishDates.asTyped(meeting.startsAt()));
    presets.put("move-time", DanishDates.TIME.format(meeting.startsAt()));
    presets.put("move-endTime", meeting.endsAt() == null ? "" : DanishDates.TIME.format(meeting.endsAt()));
    presets.put("move-place", meeting.place() == null ? "" : meeting.place());
    return presets;
  }
}
