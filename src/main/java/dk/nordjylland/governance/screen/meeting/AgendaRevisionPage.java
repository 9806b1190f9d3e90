package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.handle;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.redirectTo;
import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.typed;

import dk.nordjylland.governance.item.AgendaItemWithdrawal;
import dk.nordjylland.governance.item.AgendaRevisionUseCases;
import dk.nordjylland.governance.item.LateItemAddition;
import dk.nordjylland.governance.item.RevisedAgendaSending;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.SecretariatOnly;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 * "Ret den udsendte dagsorden" (ADR 0058), reached from a meeting's page under "Møder": the forum's secretariat adds
 * a late item, withdraws an item with a reason, and sends the revised agenda with a note. Each form calls the same
 * use case as {@code /api/meetings/{id}/agenda/...}; a refusal comes back on its field, nothing saved.
 */
@Controller
class AgendaRevisionPage {

  static final String PATH = "/screens/moeder/{meetingId}/dagsorden";
  static final String LATE_ITEM = "late-item";
  static final String LATE_POSITION = "late-position";
  static final String WITHDRAW_ITEM = "withdraw-item";
  static final String WITHDRAW_REASON = "withdraw-reason";
  static final String NOTE = "note";

  private final PlannedMeetings planned;
  private final AgendaRevisionView view;
  private final SecretariatOnly secretariatOnly;
  private final AgendaRevisionUseCases useCases;
  private final MeetingPlanningView planningView;

  AgendaRevisionPage(PlannedMeetings planned, AgendaRevisionView view, SecretariatOnly secretariatOnly,
      AgendaRevisionUseCases useCases, MeetingPlanningView planningView) {
    this.planningView = planningView;
    this.planned = planned;
    this.view = view;
    this.secretariatOnly = secretariatOnly;
    this.useCases = useCases;
  }

  static String path(String meetingId) {
    return PATH.replace("{meetingId}", meetingId);
  }

  @GetMapping(PATH)
  String show(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl, Principal user,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      return notFound(response, callbackUrl, user, request, model);
    }
    return view.page(meeting, callbackUrl, user, request, model, ScreenForm.fresh(), List.of());
  }

  @PostMapping(PATH)
  String submit(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl, Principal user,
      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      return notFound(response, callbackUrl, user, request, model);
    }
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    String action = input.text("action");
    return handle(response, values, () -> {
      String notice = switch (action) {
        case "late" -> addLateItem(meeting, input, user);
        case "withdraw" -> withdraw(meeting, input, user);
        default -> send(meeting, input, user);
      };
      redirect.addFlashAttribute("notice", notice);
      return redirectTo(path(meetingId), request, callbackUrl, redirect);
    }, refused -> view.page(meeting, callbackUrl, user, request, model, refused.form(), refused.problems()),
        "late".equals(action) ? Map.of() : view.latePresets(meetingId));
  }

  private String addLateItem(Meeting meeting, ScreenInput input, Principal user) {
    String item = input.text(LATE_ITEM);
    if (item.isEmpty()) {
      input.error(LATE_ITEM, "Vælg det punkt, der skal på dagsordenen som tillægspunkt.");
    }
    String position = input.text(LATE_POSITION);
    input.requireValid();
    secretariatOnly.require(planned.forum(meeting.forumId()), "rette den udsendte dagsorden");
    int at = onFields(input, Map.of(LateItemAddition.ITEM, LATE_ITEM, LateItemAddition.POSITION, LATE_POSITION),
        () -> useCases.lateItems().add(meeting.id(), number(item).orElse(null), position.isEmpty() ? null
            : number(position).map(Long::intValue).orElse(0), user.getName()));
    return "Tillægspunktet er sat på som punkt " + at + ". Medlemmerne ser det, når du udsender den reviderede"
        + " dagsorden.";
  }

  private String withdraw(Meeting meeting, ScreenInput input, Principal user) {
    String item = input.text(WITHDRAW_ITEM);
    if (item.isEmpty()) {
      input.error(WITHDRAW_ITEM, "Vælg det punkt, der skal udgå af dagsordenen.");
    }
    String reason = input.text(WITHDRAW_REASON, "Begrundelse", true);
    input.requireValid();
    secretariatOnly.require(planned.forum(meeting.forumId()), "rette den udsendte dagsorden");
    onFields(input, Map.of(AgendaItemWithdrawal.ITEM, WITHDRAW_ITEM, AgendaItemWithdrawal.REASON, WITHDRAW_REASON),
        () -> {
          useCases.withdrawal().withdraw(meeting.id(), number(item).orElse(null), reason, user.getName());
          return 0;
        });
    return "Punktet udgår af dagsordenen og venter på forummets næste møde. Medlemmerne ser det, når du udsender"
        + " den reviderede dagsorden.";
  }

  private String send(Meeting meeting, ScreenInput input, Principal user) {
    String note = input.text(NOTE);
    secretariatOnly.require(planned.forum(meeting.forumId()), "rette den udsendte dagsorden");
    int version = onFields(input, Map.of(RevisedAgendaSending.NOTE_FIELD, NOTE),
        () -> useCases.sending().send(meeting.id(), note, user.getName()));
    return "Den reviderede dagsorden er udsendt til medlemmerne som version " + version + ".";
  }

  /**
   * Runs a use case; its refusals about a field (UserInputException.subject) come back on the page's field, the others
   * above the forms.
   */
  private static int onFields(ScreenInput input, Map<String, String> fields, Supplier<Integer> useCase) {
    try {
      return useCase.get();
    } catch (RuntimeException e) {
      UserInputException refused = UserInputException.in(e).orElse(null);
      if (refused == null || refused instanceof NotAllowedException) {
        throw e;
      }
      for (int i = 0; i < refused.problems().size(); i++) {
        String field = fields.get(refused.subject(i));
        if (field == null) {
          throw e;
        }
        if (!input.hasError(field)) {
          input.error(field, refused.problems().get(i));
        }
      }
      input.requireValid();
      throw e;
    }
  }

  /** A value the page offered (an id, a position); anything else reads as none, which the use case refuses. */
  private static Optional<Long> number(String value) {
    try {
      return Optional.of(Long.valueOf(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String notFound(HttpServletResponse response, String callbackUrl, Principal user,
      HttpServletRequest request, Model model) {
    // The same answer for a meeting that does not exist and one of a forum the user does not plan (MeetingPlanPage).
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return planningView.listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
        List.of("Mødet findes ikke blandt de møder, du planlægger. Intet er ændret."));
  }
}
