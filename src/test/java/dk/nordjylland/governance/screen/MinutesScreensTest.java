package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_ON_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemEvent;
import dk.nordjylland.governance.item.ItemEventKind;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.minutes.Minutes;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 14, point 4 on the screens (ADR 0033): the secretariat, the members and the chair see the minutes draft they
 * work on (inline and as the UDKAST PDF); the secretariat corrects a recorded decision on its screen, kept in the
 * item's history and shown at once in the draft, or is told in Danish what is wrong with nothing saved; the engine's
 * REST API cannot skip the screens. Meetings of its own in 2161.
 */
@GovernanceTest
class MinutesScreensTest {

  /** Thursday 10 March 2161, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2161, 3, 10, 12, 0);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired Items items;
  @Autowired Minutes minutes;
  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;

  String meetingId;

  @BeforeEach
  void recorded() {
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    run.toMeeting(meetingId);
    Clock.set(MEETING.plusHours(3));
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      decisions.add(Map.of("itemId", e.itemId(), "outcome", "TAKEN_TO_NOTICE",
          "decisionText", "Beslutning om punkt " + e.position() + "."));
    }
    api.body(api.post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        Map.of("absentees", List.of(), "decisions", decisions, "actions", List.of())));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void eachMinutesScreenShowsTheDraftInlineAndAsTheUdkastPdfAndTheEngineRestApiCannotSkipThem() {
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");
    ResponseEntity<String> page = secretariat.open("draft-minutes", task(DRAFT_MINUTES));
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Udarbejd referat – FFU 10.03.2161", "Referatudkastet, som medlemmerne får det",
        "Mødets beslutninger", "Ret beslutningen under punkt 1", "Send referatet videre")
        // The draft's own HTML in the sandboxed frame: escaped into srcdoc.
        .containsPattern("<iframe class=\"preview\" sandbox=\"\" srcdoc=\"[^\"]*Referat – UDKAST[^\"]*Beslutning om punkt 1\\.");
    ResponseEntity<String> pdf = secretariat.get("/screens/draft-minutes/preview.pdf?taskId=" + task(DRAFT_MINUTES));
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("referatudkast-" + meetingId + ".pdf");

    ResponseEntity<String> engineRest = api.submitForm(task(DRAFT_MINUTES), "karen.lund",
        Map.of(COMMENT_ROUND.getName(), false));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest.getBody()).contains("Opgaven udføres på sin egen side");

    assertThat(secretariat.submit("draft-minutes", task(DRAFT_MINUTES), Map.of(COMMENT_ROUND.getName(), "true"))
        .getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    String comment = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(COMMENT_ON_MINUTES).taskAssignee("lone.berg").singleResult().getId();
    ScreenClient member = new ScreenClient(http, "lone.berg");
    assertThat(member.open("comment-minutes", comment).getBody()).contains("Kommentér referatudkast – FFU 10.03.2161",
        "Mine bemærkninger til referatet").containsPattern("srcdoc=\"[^\"]*Referat – UDKAST");
    assertThat(member.get("/screens/comment-minutes/preview.pdf?taskId=" + comment).getBody()).startsWith("%PDF");
    // Too long: refused on the field, the task stays open, nothing kept.
    ResponseEntity<String> tooLong = member.submit("comment-minutes", comment, Map.of(MINUTES_COMMENT.getName(),
        "x".repeat(4001)));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("id=\"minutesComment-fejl\"", "højst 4000 tegn (nu 4001)");
    assertThat(minutes.comments(meetingId)).isEmpty();
    assertThat(member.submit("comment-minutes", comment, Map.of(MINUTES_COMMENT.getName(), "Fint.")).getStatusCode())
        .isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(minutes.comments(meetingId)).singleElement().satisfies(c -> {
      assertThat(c.author()).isEqualTo("lone.berg");
      assertThat(c.text()).isEqualTo("Fint.");
    });
  }

  @Test
  void theSecretariatCorrectsADecisionOnItsScreenSeenAtOnceInTheDraftAndKeptInTheHistory() {
    AgendaEntry second = items.agenda(meetingId).get(1);
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("outcome", "APPROVED_WITH_RESERVATION");
    fields.put("decisionText", "Godkendt med forbehold for formandskabets behandling.");
    fields.put("reservation", "PLO-Nordjyllands formandskab behandler aftalen.");
    fields.put("reservationOwner", "plo-chairmanship");

    ResponseEntity<String> saved = correct(secretariat, second.itemId(), fields, true);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(saved.getHeaders().getLocation().toString())
        .startsWith("/screens/draft-minutes?taskId=" + task(DRAFT_MINUTES)).endsWith("#beslutning-" + second.itemId());
    AgendaEntry after = items.agenda(meetingId).get(1);
    assertThat(after.outcome()).isEqualTo(Outcome.APPROVED_WITH_RESERVATION);
    assertThat(after.reservationOwner()).isEqualTo("plo-chairmanship");
    ItemEvent event = items.history(second.itemId()).stream()
        .filter(e -> e.kind() == ItemEventKind.DECISION_CORRECTED).findFirst().orElseThrow();
    assertThat(event.actor()).isEqualTo("karen.lund");
    assertThat(event.text()).contains("Udfald: Taget til efterretning → Godkendt med forbehold.",
        "Afklares af: (intet) → »PLO-Nordjyllands formandskab«."); // by name, not id (issue 15)

    String page = secretariat.get(saved.getHeaders().getLocation().toString()).getBody();
    assertThat(page).contains("Beslutningen er rettet og gemt i punktets historik.")
        .containsPattern("srcdoc=\"[^\"]*Godkendt med forbehold for formandskabets behandling\\.")
        // The owner is chosen by name.
        .containsPattern("<option value=\"plo-chairmanship\" selected=\"selected\">PLO-Nordjyllands formandskab</option>");
  }

  @Test
  void aWrongCorrectionIsExplainedOnTheScreenWithWhatWasTypedAndNothingSaved() {
    AgendaEntry first = items.agenda(meetingId).get(0);
    List<ItemEvent> history = items.history(first.itemId());
    ScreenClient secretariat = new ScreenClient(http, "karen.lund");

    ResponseEntity<String> noOutcome = correct(secretariat, first.itemId(),
        Map.of("outcome", "", "decisionText", "Teksten, jeg skrev."), true);
    assertThat(noOutcome.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    String page = secretariat.get(noOutcome.getHeaders().getLocation().toString()).getBody();
    assertThat(page).contains("Beslutningen er ikke rettet – ret følgende", "Vælg en værdi i &quot;Udfald&quot;.",
        ">Teksten, jeg skrev.</textarea>", "Intet er gemt.")
        // The message on the field it concerns.
        .containsPattern("<p class=\"field-error\" id=\"outcome-" + first.itemId() + "-fejl\">Vælg en værdi")
        .containsPattern("<select id=\"outcome-" + first.itemId() + "\" name=\"outcome\"\\s+aria-invalid=\"true\"");

    ResponseEntity<String> noReservation = correct(secretariat, first.itemId(),
        Map.of("outcome", "APPROVED_WITH_RESERVATION", "decisionText", "Godkendt med forbehold."), true);
    page = secretariat.get(noReservation.getHeaders().getLocation().toString()).getBody();
    assertThat(page).contains("id=\"reservation-" + first.itemId() + "-fejl\">Beskriv forbeholdet, der skal afklares.",
        "id=\"reservationOwner-" + first.itemId() + "-fejl\">Vælg, hvem der afklarer forbeholdet.");

    ResponseEntity<String> unknownOwner = correct(secretariat, first.itemId(),
        Map.of("outcome", "APPROVED", "reservationOwner", "nogen.andre"), true);
    page = secretariat.get(unknownOwner.getHeaders().getLocation().toString()).getBody();
    assertThat(page).contains("&quot;Afklares af&quot;: vælg en af de viste muligheder.");

    // A forged post (no token) changes nothing either.
    assertThat(correct(secretariat, first.itemId(), Map.of("outcome", "APPROVED"), false).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(items.agenda(meetingId).get(0).outcome()).isEqualTo(Outcome.TAKEN_TO_NOTICE);
    assertThat(items.agenda(meetingId).get(0).decisionText()).isEqualTo("Beslutning om punkt 1.");
    assertThat(items.history(first.itemId())).isEqualTo(history);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(APPROVE_MINUTES).count()).isZero();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  String task(String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("%s waits at %s", meetingId, key).isNotNull();
    return task.getId();
  }

  /** Posts one decision's correction form of the draft screen, with the page's CSRF field if asked. */
  ResponseEntity<String> correct(ScreenClient client, long itemId, Map<String, String> fields, boolean withToken) {
    String token = withToken ? token(client.open("draft-minutes", task(DRAFT_MINUTES)).getBody()) : null;
    return post(client, itemId, fields, token);
  }

  ResponseEntity<String> post(ScreenClient client, long itemId, Map<String, String> fields, String token) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    if (token != null) {
      form.add("_csrf", token);
    }
    return client.exchange(HttpMethod.POST, "/screens/draft-minutes/decision?taskId=" + task(DRAFT_MINUTES)
        + "&itemId=" + itemId + "&callbackUrl=" + URLEncoder.encode("http://localhost/camunda/app/tasklist/default/",
        StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  static String token(String page) {
    Matcher matcher = CSRF.matcher(page == null ? "" : page);
    return matcher.find() ? matcher.group(1) : "";
  }
}
