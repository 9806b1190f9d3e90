package dk.nordjylland.governance.screen.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.CorrectedDecision;
import dk.nordjylland.governance.item.DecisionCorrections;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A correction of one recorded decision from the secretariat's "Udarbejd referat" screen: saved at once (the task
 * stays open, the draft shows it), kept in the item's history (item.DecisionCorrections), then back to the screen at
 * that decision with a receipt, or with the Danish messages and what was typed. The page's CSRF field is checked by
 * the security filter as for every screen's post.
 */
@Controller
class MinutesDecisionController {

  static final String SCREEN = "/screens/" + DraftMinutesScreen.NAME;
  static final String PATH = SCREEN + "/decision";

  private final TaskService taskService;
  private final DecisionCorrections corrections;
  private final DecisionChoices choices;
  private final Items items;

  MinutesDecisionController(TaskService taskService, DecisionCorrections corrections, DecisionChoices choices,
      Items items) {
    this.taskService = taskService;
    this.corrections = corrections;
    this.choices = choices;
    this.items = items;
  }

  @PostMapping(PATH)
  ResponseEntity<Void> correct(@RequestParam(required = false) String taskId,
      @RequestParam(required = false) String callbackUrl, @RequestParam(required = false) Long itemId, Principal user,
      HttpServletRequest request, HttpServletResponse response) {
    String back = request.getContextPath() + SCREEN + "?taskId=" + encode(taskId) + "&callbackUrl="
        + encode(callbackUrl);
    // The open draft task as the user may read it; gone or someone else's: the screen says so.
    Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || !SCREEN.equals(task.getFormKey()) || itemId == null) {
      return seeOther(back);
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    String meetingId = (String) taskService.getVariable(task.getId(), MEETING_ID.getName());
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((key, v) -> values.put(key, List.of(v)));
    ScreenInput input = new ScreenInput(values, null);
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : List.of("outcome", "decisionText", "guests", "reservation", "reservationOwner",
        "targetForumId")) {
      typed.put(field, input.text(field));
    }
    flash.put("correctionItem", itemId);
    try {
      String outcome = input.choice("outcome", "Udfald", Arrays.stream(Outcome.values()).map(Enum::name).toList(),
          true);
      String text = input.text("decisionText", "Beslutning", false);
      String guests = input.text("guests", "Gæster under punktet", false);
      String reservation = input.text("reservation", "Forbehold", false);
      AgendaEntry stored = items.agenda(meetingId).stream().filter(e -> e.itemId().equals(itemId)).findFirst()
          .orElseThrow(() -> new NotFoundException("Punktet er ikke på dagsordenen for mødet."));
      List<String> named = stored.reservationOwner() == null ? List.of() : List.of(stored.reservationOwner());
      String owner = input.choice("reservationOwner", "Afklares af", choices.owners(
          (String) taskService.getVariable(task.getId(), "forumId"), named).stream()
          .map(RecordMeetingChoices.Option::value).toList(), false);
      String forum = input.choice("targetForumId", "Sendes til forum",
          choices.forums().stream().map(RecordMeetingChoices.Option::value).toList(), false);
      onTheField(input, outcome == null ? null : Outcome.valueOf(outcome), text, reservation, owner, forum);
      input.requireValid();
      // The meeting a postponed or forwarded item goes to is not on the screen: kept while the outcome stays.
      String targetMeeting = stored.outcome() == Outcome.valueOf(outcome) ? stored.targetMeetingId() : null;
      corrections.correct(meetingId, itemId, new CorrectedDecision(Outcome.valueOf(outcome), empty(text),
          empty(guests), empty(reservation), owner, forum, targetMeeting), user.getName());
      flash.put("correctionDone", "Beslutningen er rettet og gemt i punktets historik.");
    } catch (InvalidScreenInput e) {
      flash.put("correctionErrors", new LinkedHashMap<>(e.errors()));
      flash.put("correctionValues", typed);
    } catch (UserInputException e) {
      flash.put("correctionProblems", e.problems());
      flash.put("correctionValues", typed);
    } catch (ConflictException | NotFoundException e) {
      flash.put("correctionProblems", List.of(e.getMessage()));
      flash.put("correctionValues", typed);
    }
    // For the screen's next showing of this task (not matched on the encoded callback URL, which would miss).
    flash.setTargetRequestPath(request.getContextPath() + SCREEN);
    flash.addTargetRequestParam("taskId", taskId);
    RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
    return seeOther(back + "#beslutning-" + itemId);
  }

  /**
   * The rules of a decision that concern one field, said on that field (issue 14, point 5); the use case checks them
   * all again (DecisionChecks.checkDecision), so the API and the screen refuse the same.
   */
  private static void onTheField(ScreenInput input, Outcome outcome, String text, String reservation, String owner,
      String forum) {
    if (outcome == null) {
      return;
    }
    if (outcome.needsText() && text.isEmpty()) {
      input.error("decisionText", "Skriv beslutningen (" + outcome.danish().toLowerCase() + ").");
    }
    if (outcome == Outcome.APPROVED_WITH_RESERVATION) {
      if (reservation.isEmpty()) {
        input.error("reservation", "Beskriv forbeholdet, der skal afklares.");
      }
      if (owner == null && !input.hasError("reservationOwner")) {
        input.error("reservationOwner", "Vælg, hvem der afklarer forbeholdet.");
      }
    }
    if (outcome == Outcome.FORWARDED && forum == null && !input.hasError("targetForumId")) {
      input.error("targetForumId", "Vælg det forum, punktet sendes videre til.");
    }
  }

  /** 303: the browser shows the screen with GET; a reload does not post again. */
  private static ResponseEntity<Void> seeOther(String location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
  }

  private static String empty(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
