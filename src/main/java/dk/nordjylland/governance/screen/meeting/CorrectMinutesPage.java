package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.screen.meeting.MeetingPlanningForms.typed;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ClosedItems;
import dk.nordjylland.governance.item.MinutesCorrection;
import dk.nordjylland.governance.item.MinutesCorrections;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenForm;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ret det godkendte referat" (ADR 0059), reached from a meeting of "Møder": the secretariat rewords decisions of
 * approved minutes with a reason and publishes them as the next version ("Udgiv rettet referat"). Calls the same use
 * case as POST /api/meetings/{id}/minutes/corrections; its refusals come back on their fields with what was typed.
 */
@Controller
class CorrectMinutesPage {

  private static final String PATH = "/screens/moeder/{meetingId}/referat";

  private final PlannedMeetings planned;
  private final MinutesCorrections corrections;
  private final CorrectMinutesView view;
  private final ClosedItems closedItems;
  private final MeetingPlanningView plans;

  CorrectMinutesPage(PlannedMeetings planned, MinutesCorrections corrections, CorrectMinutesView view,
      ClosedItems closedItems, MeetingPlanningView plans) {
    this.plans = plans;
    this.planned = planned;
    this.corrections = corrections;
    this.view = view;
    this.closedItems = closedItems;
  }

  static String path(String meetingId) {
    return PATH.replace("{meetingId}", meetingId);
  }

  @GetMapping(PATH)
  String page(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl,
      @RequestParam(required = false) Integer udgivet, Principal user, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      // The same answer for a meeting that does not exist and one of a forum the user does not plan.
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return plans.listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger."));
    }
    if (udgivet != null) {
      model.addAttribute("notice", "Det rettede referat er udgivet som version " + udgivet + " og sendt til"
          + " medlemmerne med begrundelsen og ændringerne.");
    }
    return view.page(meeting, correctable(meeting, user), callbackUrl, user, request, model,
        view.fresh(meetingId), notes(meeting, user));
  }

  @PostMapping(PATH)
  String submit(@PathVariable String meetingId, @RequestParam(required = false) String callbackUrl, Principal user,
      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Meeting meeting = planned.planned(meetingId).orElse(null);
    if (meeting == null) {
      // The same answer for a meeting that does not exist and one of a forum the user does not plan.
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return plans.listPage(callbackUrl, user, request, model, ScreenForm.fresh(),
          List.of("Mødet findes ikke blandt de møder, du planlægger."));
    }
    MultiValueMap<String, String> values = typed(request);
    ScreenInput input = new ScreenInput(values, null);
    try {
      List<MinutesCorrection.Wording> wordings = new ArrayList<>();
      for (AgendaEntry e : view.decided(meetingId)) {
        // A field not sent at all (a page from before, a script) leaves that part as it stands.
        String outcome = input.choice("outcome-" + e.itemId(), "Udfald",
            Arrays.stream(Outcome.values()).map(Enum::name).toList(), false);
        if (outcome != null && Outcome.valueOf(outcome) != e.outcome()) {
          // Said on the field with the other fields' errors; the use case refuses it again (one rule).
          input.error("outcome-" + e.itemId(), MinutesCorrections.outcomeFixed(e));
        }
        String text = sent(values, "decisionText-" + e.itemId())
            ? input.text("decisionText-" + e.itemId(), "Beslutning", false) : null;
        String publicDecision = closedItems.isClosed(e.itemId()) && sent(values, "publicDecision-" + e.itemId())
            ? input.text("publicDecision-" + e.itemId(), "Offentlig beslutning", false) : null;
        wordings.add(new MinutesCorrection.Wording(e.itemId(), outcome == null ? null : Outcome.valueOf(outcome),
            text, publicDecision));
      }
      String reason = input.text("reason", "Begrundelse for rettelsen", false);
      if (reason.isEmpty()) {
        input.error("reason", "Skriv begrundelsen for rettelsen.");
      }
      input.requireValid();
      corrections.correct(meetingId, new MinutesCorrection(reason, wordings), user.getName());
      redirect.addAttribute("udgivet", view.latestVersion(meetingId));
      if (callbackUrl != null && !callbackUrl.isBlank()) {
        redirect.addAttribute("callbackUrl", callbackUrl);
      }
      request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
      return "redirect:" + path(meetingId);
    } catch (InvalidScreenInput e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return view.page(meeting, true, callbackUrl, user, request, model, ScreenForm.refused(values, e.errors()),
          List.of());
    } catch (NotAllowedException | ConflictException e) {
      response.setStatus(e instanceof NotAllowedException ? HttpStatus.FORBIDDEN.value()
          : HttpStatus.CONFLICT.value());
      return view.page(meeting, false, callbackUrl, user, request, model, ScreenForm.refused(values, Map.of()),
          List.of(e.getMessage()));
    } catch (UserInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors = new LinkedHashMap<>();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < e.problems().size(); i++) {
        String field = field(e.subject(i));
        if (field == null) {
          problems.add(e.problems().get(i));
        } else {
          errors.putIfAbsent(field, e.problems().get(i));
        }
      }
      return view.page(meeting, true, callbackUrl, user, request, model, ScreenForm.refused(values, errors),
          problems);
    }
  }

  private static boolean sent(MultiValueMap<String, String> values, String field) {
    return values.containsKey(field);
  }

  /** The field a problem of the use case is about: "item:12:decisionText" is "decisionText-12"; null: the page's. */
  private static String field(String subject) {
    if (subject == null) {
      return null;
    }
    if (subject.equals(MinutesCorrection.REASON) || subject.equals(MinutesCorrection.DECISIONS)) {
      return subject;
    }
    String[] parts = subject.split(":");
    return parts.length == 3 && parts[0].equals("item") ? parts[2] + "-" + parts[1] : null;
  }

  private boolean correctable(Meeting meeting, Principal user) {
    return MinutesCorrections.approved(meeting) && corrections.mayCorrect(meeting, user.getName());
  }

  /** Why the page has no form: the minutes are not approved, or the user is not the forum's secretariat. */
  private List<String> notes(Meeting meeting, Principal user) {
    if (!MinutesCorrections.approved(meeting)) {
      return List.of("Referatet er ikke godkendt endnu. Indtil formanden godkender det, rettes beslutningerne i"
          + " referatudkastet (opgaven Udarbejd referat).");
    }
    return corrections.mayCorrect(meeting, user.getName()) ? List.of()
        : List.of("Kun forummets sekretariat kan rette det godkendte referat.");
  }
}
