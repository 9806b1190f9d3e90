package dk.nordjylland.governance.minutes;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_ON_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_INTRODUCTION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_REMARKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemEvent;
import dk.nordjylland.governance.item.ItemEventKind;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14, point 4: the minutes round as the people do it through the Tasklist's forms and the API. The
 * introduction is printed in the minutes; a draft marked UDKAST exists from the recording of the meeting until the
 * approval and is never stored; the members' comments and the chair's send-back are kept with who and when and
 * shown to the secretariat and chair; the secretariat corrects a recorded decision before the approval, kept in the
 * item's history. Meetings of its own in 2160, far from the meetings other classes use.
 */
@GovernanceTest
class MinutesRoundTest {

  /** Thursday 13 March 2160, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2160, 3, 13, 12, 0);
  static final LocalDateTime AFTER = MEETING.plusHours(4);

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired Meetings meetings;
  @Autowired Items items;
  @Autowired Documents documents;
  @Autowired MeetingDocuments meetingDocuments;
  @Autowired NotificationOutbox notifications;
  @Autowired Minutes minutes;

  String meetingId;

  @BeforeEach
  void setUp() {
    Clock.set(MEETING.minusDays(40));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  // ------------------------------------------------------------------------------------------------ the tests

  @Test
  void theIntroductionIsKeptWithTheMeetingAndPrintedInTheApprovedMinutes() throws IOException {
    recordedMeeting();
    done("karen.lund", "draft-minutes", taskId(DRAFT_MINUTES), Map.of(MINUTES_INTRODUCTION.getName(),
        "Mødet blev holdt som videomøde.\n\nFormanden bød velkommen til de nye medlemmer."));

    assertThat(meetings.minutesIntroduction(meetingId))
        .contains("Mødet blev holdt som videomøde.\n\nFormanden bød velkommen til de nye medlemmer.");
    assertThat(processVariable("minutesIntroduction")).as("the text leaves the process").isNull();
    // The chair sees it in the draft before approving.
    assertThat(pdfText(draftPdf("mads.kjaer").getBody())).contains("Indledning", "Mødet blev holdt som videomøde.");

    done("mads.kjaer", "approve-minutes", taskId(APPROVE_MINUTES), Map.of("decision", "godkend"));
    String published = pdfText(documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content());
    assertThat(published).contains("Indledning", "Mødet blev holdt som videomøde.",
        "Formanden bød velkommen til de nye medlemmer.");
    // Before the first item's heading.
    assertThat(published.indexOf("Mødet blev holdt som videomøde.")).isLessThan(published.indexOf("Punkt 1: "));
  }

  @Test
  void theDraftExistsFromTheRecordingMarkedUdkastNeverStoredAndGoneWithTheApproval() throws IOException {
    heldMeeting();
    ResponseEntity<byte[]> early = draftPdf("karen.lund");
    assertThat(early.getStatusCode().value()).isEqualTo(409);
    assertThat(new String(early.getBody(), StandardCharsets.UTF_8))
        .contains("Der er ikke et referatudkast endnu");

    record();
    ResponseEntity<byte[]> draft = draftPdf("lone.berg");
    assertThat(draft.getStatusCode().value()).isEqualTo(200);
    assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = pdfText(draft.getBody());
    assertThat(text).contains("Referat – UDKAST", "UDKAST – ikke godkendt", "UDKAST · Referat",
        "Udkast: referatet er ikke godkendt af formanden", "Beslutning om punkt 1.", "Taget til efterretning");
    try (PDDocument pdf = Loader.loadPDF(draft.getBody())) {
      assertThat(pdf.getDocumentInformation().getTitle()).contains("UDKAST");
    }
    // The screens' inline version: the same content, a body to embed.
    String body = meetingDocuments.minutesDraftBody(meetingId);
    assertThat(body).contains("Referat – UDKAST", "Beslutning om punkt 1.").doesNotContain("<body", "<html");
    // Not stored, not mailed.
    assertThat(documents.latest(meetingId, DocumentKind.MINUTES)).isEmpty();
    assertThat(notifications.ofMeeting(meetingId)).extracting(Notification::kind)
        .doesNotContain(NotificationKind.MINUTES);
    // Forum-scoped like the other documents: someone outside FFU gets the unknown meeting's 404.
    assertThat(draftPdf("henrik.dam").getStatusCode().value()).isEqualTo(404);

    done("karen.lund", "draft-minutes", taskId(DRAFT_MINUTES), Map.of());
    done("mads.kjaer", "approve-minutes", taskId(APPROVE_MINUTES), Map.of("decision", "godkend"));
    String published = pdfText(documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content());
    assertThat(published).contains("Referat", "Beslutning om punkt 1.").doesNotContain("UDKAST", "Udkast: referatet");
    ResponseEntity<byte[]> late = draftPdf("lone.berg");
    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(new String(late.getBody(), StandardCharsets.UTF_8))
        .contains("Referatet er godkendt. Hent det godkendte referat i stedet for udkastet.");
  }

  @Test
  void theMembersCommentsAreKeptWithAuthorAndTimeAndListedForTheForumsPeople() {
    recordedMeeting();
    done("karen.lund", "draft-minutes", taskId(DRAFT_MINUTES), Map.of(MINUTES_INTRODUCTION.getName(), "",
        COMMENT_ROUND.getName(), "true"));

    Clock.set(AFTER.plusDays(1).withHour(9).withMinute(15));
    done("lone.berg", "comment-minutes", commentTask("lone.berg"),
        Map.of(MINUTES_COMMENT.getName(), "Punkt 3: tilføj, at orienteringen også gives til SSF."));
    assertThat(processVariable("minutesComment")).as("the comment leaves the process").isNull();
    Clock.set(AFTER.plusDays(1).withHour(10).withMinute(30));
    done("jens.bach", "comment-minutes", commentTask("jens.bach"), Map.of(MINUTES_COMMENT.getName(), ""));

    JsonNode comments = api.body(api.get("/api/meetings/" + meetingId + "/minutes-comments", "karen.lund"));
    assertThat(comments).hasSize(2);
    assertThat(comments.get(0).get("author").asText()).isEqualTo("lone.berg");
    assertThat(comments.get(0).get("authorName").asText()).isEqualTo("Lone Berg");
    assertThat(comments.get(0).get("writtenAt").asText()).isEqualTo("2160-03-14T09:15:00");
    assertThat(comments.get(0).get("text").asText()).isEqualTo("Punkt 3: tilføj, at orienteringen også gives til SSF.");
    assertThat(comments.get(0).get("round").asInt()).isEqualTo(1);
    assertThat(comments.get(1).get("author").asText()).isEqualTo("jens.bach");
    assertThat(comments.get(1).get("writtenAt").asText()).isEqualTo("2160-03-14T10:30:00");
    assertThat(comments.get(1).get("text").isNull()).as("no remarks").isTrue();
    assertThat(api.body(api.get("/api/meetings/" + meetingId + "/minutes-comments", "mads.kjaer"))).hasSize(2);

    // The working notes of the forum: a process owner gets 403, someone outside the forum the unknown meeting's 404.
    ResponseEntity<String> owner = api.get("/api/meetings/" + meetingId + "/minutes-comments", "ida.winther");
    assertThat(owner.getStatusCode().value()).isEqualTo(403);
    assertThat(api.json(owner).get("detail").asText())
        .isEqualTo("Referatrunden ses kun af forummets medlemmer, formand og sekretariat.");
    assertThat(api.get("/api/meetings/" + meetingId + "/minutes-comments", "henrik.dam").getStatusCode().value())
        .isEqualTo(404);

    // The rest let the deadline pass: the chair's task lists who commented, when and what.
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId()).timers().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    String shown = new ScreenClient(http, "mads.kjaer").open("approve-minutes", taskId(APPROVE_MINUTES)).getBody();
    assertThat(shown).containsPattern("<strong>Lone Berg</strong>, <span>fredag den 14. marts 2160 kl. 09.15</span>"
        + "\\s*:\\s*<span class=\"comment-text\">Punkt 3: tilføj, at orienteringen også gives til SSF.</span>")
        .containsPattern("<strong>Jens Bach</strong>, <span>fredag den 14. marts 2160 kl. 10.30</span>\\s*:\\s*"
            + "<span class=\"muted\">Ingen bemærkninger.</span>");
  }

  @Test
  void aSendBackKeepsTheChairsRemarksForTheReopenedDraft() {
    recordedMeeting();
    done("karen.lund", "draft-minutes", taskId(DRAFT_MINUTES), Map.of(MINUTES_INTRODUCTION.getName(), "Velkommen."));
    Clock.set(AFTER.plusDays(2).withHour(14).withMinute(5));
    done("mads.kjaer", "approve-minutes", taskId(APPROVE_MINUTES), Map.of("decision", "tilbage",
        MINUTES_REMARKS.getName(), "Beslutningen under punkt 2 skal præciseres."));
    assertThat(processVariable("minutesRemarks")).as("the remarks leave the process").isNull();

    SendBack sendBack = minutes.latestSendBack(meetingId).orElseThrow();
    assertThat(sendBack.author()).isEqualTo("mads.kjaer");
    assertThat(sendBack.writtenAt()).isEqualTo(LocalDateTime.of(2160, 3, 15, 14, 5));
    assertThat(sendBack.remarks()).isEqualTo("Beslutningen under punkt 2 skal præciseres.");

    JsonNode round = api.body(api.get("/api/meetings/" + meetingId + "/minutes", "karen.lund"));
    assertThat(round.get("latestSendBack").get("authorName").asText()).isEqualTo("Mads Kjær");
    assertThat(round.get("latestSendBack").get("remarks").asText()).isEqualTo("Beslutningen under punkt 2 skal præciseres.");
    assertThat(round.get("introduction").asText()).isEqualTo("Velkommen.");

    // The secretariat's reopened task shows the remarks, and keeps the introduction written before.
    String reopened = taskId(DRAFT_MINUTES);
    String page = new ScreenClient(http, "karen.lund").open("draft-minutes", reopened).getBody();
    assertThat(page).contains("Formanden har sendt referatet tilbage", "<strong>Mads Kjær</strong>",
        "<span>lørdag den 15. marts 2160 kl. 14.05</span>",
        "<p class=\"comment-text\">Beslutningen under punkt 2 skal præciseres.</p>")
        .containsPattern("<textarea id=\"minutesIntroduction\" name=\"minutesIntroduction\"[^>]*>Velkommen.</textarea>");
    // Sent back without a remark: refused on the field, nothing kept.
    done("karen.lund", "draft-minutes", reopened, Map.of(MINUTES_INTRODUCTION.getName(), "Velkommen."));
    ResponseEntity<String> blank = new ScreenClient(http, "mads.kjaer").submit("approve-minutes",
        taskId(APPROVE_MINUTES), Map.of("decision", "tilbage", MINUTES_REMARKS.getName(), " "));
    assertThat(blank.getStatusCode().value()).isEqualTo(400);
    assertThat(blank.getBody()).contains("id=\"minutesRemarks-fejl\"", "Udfyld feltet &quot;Bemærkninger&quot;.");
    assertThat(minutes.sendBacks(meetingId)).hasSize(1);
    assertThat(task(APPROVE_MINUTES)).isNotNull();
  }

  @Test
  void theSecretariatCorrectsARecordedDecisionKeptInTheItemsHistoryAndTheDraftShowsIt() throws IOException {
    recordedMeeting();
    AgendaEntry second = items.agenda(meetingId).get(1);
    String path = "/api/meetings/" + meetingId + "/decisions/" + second.itemId();
    Map<String, Object> correction = new LinkedHashMap<>();
    correction.put("outcome", "APPROVED_WITH_REMARKS");
    correction.put("decisionText", "Godkendt med bemærkning om, at tidsplanen præciseres.");
    correction.put("guests", "Gitte Gæst, Region Nordjylland");

    Clock.set(AFTER.plusDays(1).withHour(11).withMinute(0));
    JsonNode corrected = api.body(api.exchange(HttpMethod.PUT, path, "karen.lund", correction));
    assertThat(corrected.get("outcome").asText()).isEqualTo("APPROVED_WITH_REMARKS");

    AgendaEntry after = items.agenda(meetingId).get(1);
    assertThat(after.outcome()).isEqualTo(Outcome.APPROVED_WITH_REMARKS);
    assertThat(after.decisionText()).isEqualTo("Godkendt med bemærkning om, at tidsplanen præciseres.");
    assertThat(after.guests()).isEqualTo("Gitte Gæst, Region Nordjylland");
    ItemEvent event = items.history(second.itemId()).stream()
        .filter(e -> e.kind() == ItemEventKind.DECISION_CORRECTED).findFirst().orElseThrow();
    assertThat(event.actor()).isEqualTo("karen.lund");
    assertThat(event.at()).isEqualTo(LocalDateTime.of(2160, 3, 14, 11, 0));
    assertThat(event.meetingId()).isEqualTo(meetingId);
    assertThat(event.text()).contains("Udfald: Taget til efterretning → Godkendt med bemærkninger.",
        "Beslutning: »Beslutning om punkt 2.« → »Godkendt med bemærkning om, at tidsplanen præciseres.«.",
        "Gæster under punktet: (intet) → »Gitte Gæst, Region Nordjylland«.");
    String draft = pdfText(draftPdf("mads.kjaer").getBody());
    assertThat(draft).contains("Godkendt med bemærkninger", "Godkendt med bemærkning om, at tidsplanen præciseres.")
        .doesNotContain("Beslutning om punkt 2.");

    // The same again changes nothing and adds no history.
    api.body(api.exchange(HttpMethod.PUT, path, "karen.lund", correction));
    assertThat(items.history(second.itemId())).filteredOn(e -> e.kind() == ItemEventKind.DECISION_CORRECTED)
        .hasSize(1);
  }

  @Test
  void aCorrectionIsRefusedToOthersThanTheSecretariatForBadInputAndAfterTheApproval() {
    heldMeeting();
    AgendaEntry first = items.agenda(meetingId).get(0);
    String path = "/api/meetings/" + meetingId + "/decisions/" + first.itemId();
    Map<String, Object> approved = Map.of("outcome", "APPROVED");
    assertProblem(api.exchange(HttpMethod.PUT, path, "karen.lund", approved), 409,
        "Mødets beslutninger er ikke registreret endnu. Registrér mødet, før beslutningerne rettes.");

    record();
    List<ItemEvent> history = items.history(first.itemId());
    assertProblem(api.exchange(HttpMethod.PUT, path, "lone.berg", approved), 403,
        "Kun forummets sekretariat kan rette beslutningerne i referatet.");
    assertProblem(api.exchange(HttpMethod.PUT, path, "mads.kjaer", approved), 403,
        "Kun forummets sekretariat kan rette beslutningerne i referatet.");
    assertProblem(api.exchange(HttpMethod.PUT, path, "henrik.dam", approved), 404,
        "Mødet '" + meetingId + "' findes ikke.");
    assertProblem(api.exchange(HttpMethod.PUT, path, "karen.lund", Map.of("decisionText", "Uden udfald.")), 400,
        "Beslutningen kan ikke rettes: Punkt 1: vælg et udfald.");
    assertProblem(api.exchange(HttpMethod.PUT, path, "karen.lund", Map.of("outcome", "APPROVED_WITH_RESERVATION",
        "decisionText", "Godkendt med forbehold.", "reservationOwner", "findes.ikke")), 400,
        "Beslutningen kan ikke rettes: Punkt 1: beskriv forbeholdet, der skal afklares. Punkt 1: angiv hvem der"
            + " afklarer forbeholdet (bruger eller gruppe).");
    assertProblem(api.exchange(HttpMethod.PUT, path, "karen.lund", Map.of("outcome", "MÅSKE")), 400,
        "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    assertProblem(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/decisions/987654321", "karen.lund",
        approved), 404, "Punkt 987654321 er ikke på dagsordenen for mødet.");
    // Nothing of the refused corrections was saved.
    assertThat(items.agenda(meetingId).get(0).outcome()).isEqualTo(Outcome.TAKEN_TO_NOTICE);
    assertThat(items.history(first.itemId())).isEqualTo(history);

    done("karen.lund", "draft-minutes", taskId(DRAFT_MINUTES), Map.of());
    done("mads.kjaer", "approve-minutes", taskId(APPROVE_MINUTES), Map.of("decision", "godkend"));
    assertProblem(api.exchange(HttpMethod.PUT, path, "karen.lund", approved), 409,
        "Referatet er godkendt. Beslutningerne kan ikke længere rettes.");
    assertThat(items.history(first.itemId())).filteredOn(e -> e.kind() == ItemEventKind.DECISION_CORRECTED).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** An FFU meeting whose agenda is published and which waits to be recorded. */
  void heldMeeting() {
    meetingId = run.start("ffu", MEETING);
    run.toMeeting(meetingId);
    assertThat(task(RECORD_MEETING)).isNotNull();
    Clock.set(AFTER);
  }

  /** The secretariat records every item taken to notice ("Beslutning om punkt n."), through our API. */
  void record() {
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      decisions.add(Map.of("itemId", e.itemId(), "outcome", "TAKEN_TO_NOTICE",
          "decisionText", "Beslutning om punkt " + e.position() + "."));
    }
    api.body(api.post("/api/meetings/" + meetingId + "/decisions", "karen.lund",
        Map.of("absentees", List.of(), "decisions", decisions, "actions", List.of())));
  }

  void recordedMeeting() {
    heldMeeting();
    record();
  }

  /** Does the task on its screen (ADR 0033) as the user, with the Tasklist's session; the receipt follows (303). */
  void done(String user, String screen, String taskId, Map<String, ?> fields) {
    ResponseEntity<String> response = new ScreenClient(http, user).submit(screen, taskId, fields);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(303);
  }

  ResponseEntity<byte[]> draftPdf(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "test");
    return http.exchange("/api/meetings/" + meetingId + "/documents/minutes-draft.pdf", HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
  }

  void assertProblem(ResponseEntity<String> response, int status, String detail) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(api.json(response).get("detail").asText()).isEqualTo(detail);
  }

  String instanceId() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult().getId();
  }

  Object processVariable(String name) {
    return engine.getRuntimeService().getVariable(instanceId(), name);
  }

  Task task(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult();
  }

  String taskId(String key) {
    Task task = task(key);
    assertThat(task).as("%s waits at %s", meetingId, key).isNotNull();
    return task.getId();
  }

  String commentTask(String member) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(COMMENT_ON_MINUTES).taskAssignee(member).singleResult().getId();
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
