package dk.nordjylland.governance.agreement;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.APPROVAL_VERSION;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_CHANGES;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.HEARING_SUMMARY;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PARTY_ANSWER;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.PREPARED_FOR_FFU;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agreement API as its users call it (HTTP Basic, Camunda's REST API for the Tasklist's forms): start, where
 * it stands, versions, and bad input answered in Danish with nothing saved (rows counted before and after). A
 * meeting of its own in 2034, far from the calendar meetings other classes use.
 */
@GovernanceTest
class AgreementApiTest {

  static final LocalDateTime NOW = LocalDateTime.of(2034, 2, 1, 9, 0);
  static final List<String> TABLES = List.of("gov_agreement", "gov_agreement_version", "gov_agreement_step",
      "gov_agreement_party", "gov_agreement_approval", "gov_agreement_event", "gov_agreement_plan", "gov_item");

  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;

  String ffuMeeting;

  @BeforeEach
  void setUp() {
    Clock.set(NOW);
    ffuMeeting = testMeetings.create("ffu", NOW.plusDays(60));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  long start(String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("caseNumber", "1-22-72-4227-24");
    body.put("withTermsOfReference", false);
    body.put("ffuMeetingId", ffuMeeting);
    ResponseEntity<String> response = api.post("/api/agreements", "karen.lund", body);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    assertThat(response.getHeaders().getLocation()).isNotNull();
    return api.json(response).path("agreement").path("id").asLong();
  }

  @Test
  void anAgreementIsStartedListedWithItsCurrentStepAndGetsVersionsThroughTheApi() {
    long id = start("Revideret samarbejdsaftale om osteoporose");

    JsonNode mine = agreement(api.body(api.get("/api/agreements", "lone.berg")), id);
    assertThat(mine.path("currentStep").asText()).isEqualTo("Udarbejd aftaleudkast (koordineringsgruppen-secretariat)");
    assertThat(mine.path("waitingDays").asLong()).isZero();
    Clock.set(NOW.plusDays(3));
    assertThat(agreement(api.body(api.get("/api/agreements", "lone.berg")), id).path("waitingDays").asLong())
        .isEqualTo(3);

    byte[] pdf = "%PDF-1.4 aftale".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> added = api.post("/api/agreements/" + id + "/versions", "nanna.kirk", Map.of(
        "title", "Samarbejdsaftale osteoporose juni 2025", "fileName", "osteoporose.pdf",
        "contentBase64", Base64.getEncoder().encodeToString(pdf)));
    assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
    assertThat(api.json(added).path("number").asInt()).isEqualTo(1);
    ResponseEntity<String> content = api.get("/api/agreements/" + id + "/versions/1/content", "nanna.kirk");
    assertThat(content.getBody()).isEqualTo("%PDF-1.4 aftale");
    assertThat(content.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(content.getHeaders().getContentDisposition().getFilename()).isEqualTo("osteoporose.pdf");

    JsonNode details = api.body(api.get("/api/agreements/" + id, "lone.berg"));
    assertThat(details.path("versions")).hasSize(1);
    assertThat(details.path("versions").get(0).path("hasContent").asBoolean()).isTrue();
    assertThat(details.path("status").path("currentVersion").asInt()).isEqualTo(1);
    assertThat(details.path("history").get(0).path("kind").asText()).isEqualTo("STARTED");

    // Cockpit: forum groups see the instance (ForumAccess), process owners see every instance.
    for (String user : List.of("lone.berg", "ida.winther")) {
      assertThat(api.body(api.get("/engine-rest/process-instance?businessKey=agreement-" + id, user)))
          .as("%s sees the agreement's instance", user).hasSize(1);
    }
  }

  @Test
  void badInputIsRefusedInDanishAndNothingIsSaved() {
    long id = start("Samarbejdsaftale om hjælpemidler og behandlingsredskaber");
    Map<String, Long> before = counts();

    ResponseEntity<String> unknown = api.get("/api/agreements/999999", "lone.berg");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(api.json(unknown).path("detail").asText()).isEqualTo("Samarbejdsaftale 999999 findes ikke.");
    ResponseEntity<String> unknownVersion = api.post("/api/agreements/999999/versions", "nanna.kirk",
        Map.of("title", "Udkast", "reference", "DOK-1"));
    assertThat(unknownVersion.getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> noTitle = api.post("/api/agreements", "karen.lund", Map.of("caseNumber", "1-01"));
    assertThat(noTitle.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(noTitle).path("detail").asText()).contains("Aftalen skal have en titel.");
    ResponseEntity<String> unknownGroup = api.post("/api/agreements", "karen.lund",
        Map.of("title", "Aftale", "workingGroup", "arbejdsgruppe-findes-ikke"));
    assertThat(api.json(unknownGroup).path("detail").asText())
        .contains("Arbejdsgruppen 'arbejdsgruppe-findes-ikke' findes ikke som gruppe.");
    assertThat(api.post("/api/agreements", "henrik.dam", Map.of("title", "Aftale")).getStatusCode().value())
        .as("an SSU politician does not start agreements").isEqualTo(403);

    ResponseEntity<String> noDocument = api.post("/api/agreements/" + id + "/versions", "nanna.kirk",
        Map.of("title", "Udkast"));
    assertThat(noDocument.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(noDocument).path("detail").asText()).contains("Angiv en reference");
    ResponseEntity<String> badFile = api.post("/api/agreements/" + id + "/versions", "nanna.kirk",
        Map.of("title", "Udkast", "fileName", "a.pdf", "contentBase64", "ikke base64!"));
    assertThat(api.json(badFile).path("detail").asText()).contains("ikke gyldigt base64");
    ResponseEntity<String> page = api.post("/api/agreements/" + id + "/versions", "nanna.kirk",
        Map.of("title", "Udkast", "fileName", "udkast.pdf", "contentBase64", Base64.getEncoder().encodeToString(
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
    assertThat(page.getStatusCode().value()).as("a web page named .pdf is not a version's file").isEqualTo(400);
    assertThat(api.json(page).path("detail").asText()).contains("Filen kan være").doesNotContain("bilag");
    assertThat(counts()).isEqualTo(before);

    // The working group drafts, the network group hears, the coordination group prepares: PLO's turn.
    // The draft is done on its screen (ADR 0041): the engine REST API refuses it, the screen takes it.
    String draftTask = taskId(id, "userTask_draftAgreement", "nanna.kirk");
    assertThat(api.submitForm(draftTask, "nanna.kirk", Map.of(VERSION_TITLE.getName(), "Udkast juni 2025",
        VERSION_REFERENCE.getName(), "DOK-2")).getStatusCode().value()).isEqualTo(403);
    assertThat(new ScreenClient(http, "nanna.kirk").submit("agreement-version", draftTask, Map.of(
        VERSION_TITLE.getName(), "Udkast juni 2025", VERSION_REFERENCE.getName(),
            "DOK-2")).getStatusCode().value()).isEqualTo(303);
    // The hearing is a consultation of the network group (koordineringsgruppen-secretariat): its id is on the
    // agreement; only the network group replies; the working group assesses the reply.
    JsonNode hearing = api.body(api.get("/api/agreements/" + id, "lone.berg")).path("hearings").get(0);
    long consultationId = hearing.path("consultationId").asLong();
    assertThat(hearing.path("status").asText()).isEqualTo("OPEN");
    assertThat(hearing.path("replyBy").asText()).isEqualTo("2034-02-22");
    assertThat(api.post("/api/consultations/" + consultationId + "/replies", "lone.berg",
        Map.of("answer", "Jeg er ikke i netværksgruppen.")).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> reply = api.post("/api/consultations/" + consultationId + "/replies", "nanna.kirk",
        Map.of("answer", "Netværksgruppen har ingen bemærkninger."));
    assertThat(reply.getStatusCode().value()).as("%s", reply.getBody()).isEqualTo(201);
    ResponseEntity<String> noSummary = api.submitForm(taskId(id, "userTask_assessHearing", "nanna.kirk"), "nanna.kirk",
        Map.of(HEARING_CHANGES.getName(), false));
    assertThat(noSummary.getStatusCode().value()).isEqualTo(400);
    assertThat(api.json(noSummary).path("message").asText()).contains("Skriv et resumé af høringssvarene");
    submit(id, "userTask_assessHearing", "nanna.kirk", Map.of(HEARING_SUMMARY.getName(), "Ingen bemærkninger.",
        HEARING_CHANGES.getName(), false));
    JsonNode heard = api.body(api.get("/api/agreements/" + id, "lone.berg"));
    assertThat(heard.path("hearings")).hasSize(1);
    assertThat(heard.path("hearings").get(0).path("status").asText()).isEqualTo("CLOSED");
    assertThat(heard.path("hearings").get(0).path("replies").asInt()).isEqualTo(1);
    assertThat(api.body(api.get("/api/consultations/" + consultationId, "nanna.kirk")).path("replies").get(0)
        .path("answer").asText()).isEqualTo("Netværksgruppen har ingen bemærkninger.");
    submit(id, "userTask_prepareAgreement", "peter.krogh", Map.of(PREPARED_FOR_FFU.getName(), true));
    String ploTask = taskId(id, "userTask_partyApproval", "jens.bach");
    // Meanwhile the working group registers version 2: PLO's answer for version 1 is refused.
    assertThat(api.post("/api/agreements/" + id + "/versions", "nanna.kirk",
        Map.of("title", "Udkast juli 2025", "reference", "DOK-3")).getStatusCode().value()).isEqualTo(201);
    Map<String, Long> beforeAnswer = counts();

    // The party's screen (ADR 0038) shows the version it answers for, with its document reference.
    ScreenClient plo = new ScreenClient(http, "jens.bach");
    assertThat(plo.open("agreement-party-approval", ploTask).getBody()).contains("Version 2: Udkast juli 2025")
        .contains("DOK-3").contains("name=\"approvalVersion\" value=\"2\"");
    // A page still showing version 1 (opened before version 2 came): the answer is refused, nothing saved.
    ResponseEntity<String> wrongVersion = plo.submit("agreement-party-approval", ploTask,
        Map.of(APPROVAL_VERSION.getName(), 1, PARTY_ANSWER.getName(), "APPROVED"));
    assertThat(wrongVersion.getStatusCode().value()).isEqualTo(400);
    assertThat(wrongVersion.getBody())
        .contains("Svaret gælder version 1, men aftalen er nu i version 2. Læs version 2 og svar på den.");
    ResponseEntity<String> invalidAnswer = plo.submit("agreement-party-approval", ploTask,
        Map.of(APPROVAL_VERSION.getName(), 2, PARTY_ANSWER.getName(), "MÅSKE"));
    assertThat(invalidAnswer.getStatusCode().value()).isEqualTo(400);
    assertThat(invalidAnswer.getBody()).contains("id=\"partyAnswer-fejl\"")
        .contains("&quot;Partens svar&quot;: vælg en af de viste muligheder.");
    ResponseEntity<String> reservationWithoutText = plo.submit("agreement-party-approval", ploTask,
        Map.of(APPROVAL_VERSION.getName(), 2, PARTY_ANSWER.getName(), "APPROVED_WITH_RESERVATION"));
    assertThat(reservationWithoutText.getBody()).contains("id=\"partyRemarks-fejl\"")
        .contains("Udfyld feltet &quot;Forbehold eller bemærkninger&quot;.");
    assertThat(counts()).isEqualTo(beforeAnswer);
    assertThat(jdbc.sql("select count(*) from gov_agreement_approval where agreement_id = ? and answer is not null")
        .param(id).query(Long.class).single()).isZero();

    ResponseEntity<String> approved = plo.submit("agreement-party-approval", ploTask,
        Map.of(APPROVAL_VERSION.getName(), 2, PARTY_ANSWER.getName(), "APPROVED"));
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(303);
    // The parties' answers: for the agreement's groups (the working group here), parties and process owners.
    JsonNode details = api.body(api.get("/api/agreements/" + id, "nanna.kirk"));
    assertThat(details.path("partyApprovals").get(0).path("answer").asText()).isEqualTo("APPROVED");
    assertThat(details.path("partyApprovals").get(0).path("versionNumber").asInt())
        .as("the version the answer was given on").isEqualTo(2);
    assertThat(details.path("steps").get(0).path("meetingId").asText()).isEqualTo(ffuMeeting);
    assertThat(details.path("status").path("currentStep").asText()).contains("Til anbefaling i FFU (mødet " + ffuMeeting);
  }

  JsonNode agreement(JsonNode list, long id) {
    for (JsonNode a : list) {
      if (a.path("id").asLong() == id) {
        return a;
      }
    }
    throw new AssertionError("agreement " + id + " not listed: " + list);
  }

  String taskId(long id, String key, String user) {
    JsonNode tasks = api.body(api.get("/engine-rest/task?processInstanceBusinessKey=agreement-" + id
        + "&taskDefinitionKey=" + key, user));
    assertThat(tasks).as("%s sees %s", user, key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  void submit(long id, String key, String user, Map<String, Object> variables) {
    api.submitFormOk(taskId(id, key, user), user, variables);
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
