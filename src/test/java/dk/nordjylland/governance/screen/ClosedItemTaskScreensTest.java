package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.Elements.CARRY_OUT_ACTION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COMMENT_ON_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.WebappSession;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17 point 7 on the task screens (ADR 0055, "Task screens"): a member disqualified (inhabil) for a closed item
 * reads it in its public wording on every screen and screen-side download that shows it (the comment round's draft
 * and its PDF, the chair's approval of the minutes and of the agenda, the draft PDF of our API), and its bilag are
 * neither listed nor downloadable; another member of the forum reads the confidential content. The confidential parts
 * carry a marker word.
 */
@GovernanceTest
class ClosedItemTaskScreensTest {

  static final String MARKER = "FORTROLIGORD";
  static final String PUBLIC_HEADING = "Lukket punkt: " + ClosedItemCases.PUBLIC_TITLE;
  static final String ACTION = "Svar klageren skriftligt inden fristen (2194)";
  static final String NOTE = "er et lukket punkt, som du er inhabil i: du ser kun den offentlige udgave";

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired Items items;
  @Autowired Documents documents;
  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aDisqualifiedCommentatorReadsTheDraftInThePublicWordingAndAnotherMemberReadsItAll() throws Exception {
    LocalDateTime at = LocalDateTime.of(2194, 3, 5, 9, 0);
    String meetingId = meetingWithClosedItem(at);
    long closed = closedItem(meetingId);
    toCommentRound(meetingId, at, closed, List.of("lone.berg"), List.of());

    ScreenClient lone = new ScreenClient(http, "lone.berg");
    String own = lone.open("comment-minutes", commentTask(meetingId, "lone.berg")).getBody();
    assertThat(own).doesNotContain(MARKER).contains(ClosedItemCases.PUBLIC_TITLE, ClosedItemCases.PUBLIC_DECISION,
        NOTE);
    // The rule is asked for the person at the screen, not the task's assignee: another member's task the same.
    String others = lone.open("comment-minutes", commentTask(meetingId, "jens.bach")).getBody();
    assertThat(others).doesNotContain(MARKER).contains(ClosedItemCases.PUBLIC_TITLE);
    assertThat(pdfText(screenPdf("lone.berg", "/screens/comment-minutes/preview.pdf?taskId="
        + commentTask(meetingId, "lone.berg")))).doesNotContain(MARKER).contains(PUBLIC_HEADING,
        ClosedItemCases.PUBLIC_DECISION);

    ScreenClient jens = new ScreenClient(http, "jens.bach");
    String member = jens.open("comment-minutes", commentTask(meetingId, "jens.bach")).getBody();
    assertThat(member).contains("Klagen fra " + MARKER + " afvises.", "Sagsfremstilling: " + MARKER)
        .doesNotContain(NOTE);
    assertThat(pdfText(screenPdf("jens.bach", "/screens/comment-minutes/preview.pdf?taskId="
        + commentTask(meetingId, "jens.bach")))).contains("Klagen fra " + MARKER + " afvises.");

    // The draft PDF of our API, as the screens' links and the members' Tasklist use it.
    assertThat(pdfText(apiBytes("/api/meetings/" + meetingId + "/documents/minutes-draft.pdf", "lone.berg", 200)))
        .doesNotContain(MARKER).contains(PUBLIC_HEADING, ClosedItemCases.PUBLIC_DECISION);
    assertThat(pdfText(apiBytes("/api/meetings/" + meetingId + "/documents/minutes-draft.pdf", "jens.bach", 200)))
        .contains("Klagen fra " + MARKER + " afvises.");

    // The disqualified member still comments (on the rest of the minutes).
    lone.submitOk("comment-minutes", commentTask(meetingId, "lone.berg"), Map.of(MINUTES_COMMENT.getName(), ""));
  }

  @Test
  void theActionsOfTheClosedItemAreLeftOutOfOurApiForTheDisqualifiedMemberUnlessSheOwnsThem() throws Exception {
    LocalDateTime at = LocalDateTime.of(2194, 4, 2, 9, 0);
    String meetingId = meetingWithClosedItem(at);
    long closed = closedItem(meetingId);
    String secret = "Skriv til " + MARKER + " om afgørelsen";
    String owned = "Bekræft modtagelsen over for klageren (2194)";
    toCommentRound(meetingId, at, closed, List.of("lone.berg"), List.of(
        Map.of("itemId", closed, "description", secret, "owner", "ffu-secretariat", "dueDate", "01-09-2194"),
        Map.of("itemId", closed, "description", owned, "owner", "lone.berg", "dueDate", "01-09-2194")));
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId(meetingId))
        .timers().list()) {
      engine.getManagementService().executeJob(job.getId()); // the comment deadline
    }
    // The actions start once the chair approves the minutes.
    new ScreenClient(http, "mads.kjaer").submitOk("approve-minutes", taskId(meetingId, APPROVE_MINUTES),
        Map.of("decision", "godkend"));

    String lone = api.get("/api/actions?meeting=" + meetingId, "lone.berg").getBody();
    assertThat(lone).doesNotContain(MARKER).contains(owned); // the one who must act is told (ADR 0060)
    assertThat(api.get("/api/actions?item=" + closed, "lone.berg").getBody()).doesNotContain(MARKER).contains(owned);
    assertThat(api.get("/api/actions?meeting=" + meetingId, "jens.bach").getBody()).contains(secret, owned);
    long secretId = api.body(api.get("/api/actions?meeting=" + meetingId, "jens.bach")).findParents("description")
        .stream().filter(a -> secret.equals(a.get("description").asText())).findFirst().orElseThrow()
        .get("id").asLong();
    // One action by id: the same answer as an unknown id, so ids cannot be probed.
    assertThat(api.get("/api/actions/" + secretId, "lone.berg").getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("/api/actions/" + secretId, "jens.bach").getBody()).contains(secret);
  }

  @Test
  void theBilagOfTheClosedItemAreNeitherListedNorDownloadableForTheDisqualifiedMember() throws Exception {
    LocalDateTime at = LocalDateTime.of(2194, 4, 9, 9, 0);
    String meetingId = meetingWithClosedItem(at);
    long closed = closedItem(meetingId);
    toCommentRound(meetingId, at, closed, List.of("lone.berg"), List.of());

    String path = "/api/items/" + closed + "/attachments";
    assertThat(api.get(path, "jens.bach").getBody()).contains("Journalnotat om " + MARKER);
    assertThat(apiBytes(path + "/1", "jens.bach", 200)).isNotEmpty();

    assertThat(api.body(api.get(path, "lone.berg"))).isEmpty();
    ResponseEntity<String> refused = api.get(path + "/1", "lone.berg");
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(api.json(refused).get("detail").asText()).isEqualTo("Bilagene til punktet er fortrolige: du deltog"
        + " ikke i behandlingen af det lukkede punkt (inhabil) og har ikke adgang til dem.");
  }

  @Test
  void aDisqualifiedChairApprovesTheMinutesSeeingThePublicWordingWithANoteAndThePublishedMinutesAreFull()
      throws Exception {
    LocalDateTime at = LocalDateTime.of(2194, 5, 7, 9, 0);
    String meetingId = meetingWithClosedItem(at);
    long closed = closedItem(meetingId);
    toCommentRound(meetingId, at, closed, List.of("mads.kjaer", "lone.berg"), List.of(Map.of("itemId", closed,
        "description", ACTION, "owner", "ffu-members", "dueDate", "01-09-2194")));
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId(meetingId))
        .timers().list()) {
      engine.getManagementService().executeJob(job.getId()); // the comment deadline
    }
    String task = taskId(meetingId, APPROVE_MINUTES);

    ScreenClient mads = new ScreenClient(http, "mads.kjaer");
    String page = mads.open("approve-minutes", task).getBody();
    assertThat(page).doesNotContain(MARKER).contains(PUBLIC_HEADING, ClosedItemCases.PUBLIC_DECISION, NOTE,
        "Du godkender referatet uden at tage stilling til punktets fortrolige indhold");
    assertThat(pdfText(screenPdf("mads.kjaer", "/screens/approve-minutes/preview.pdf?taskId=" + task)))
        .doesNotContain(MARKER).contains(PUBLIC_HEADING);
    // A process owner, who reads every forum and was not disqualified, reads the same task in full.
    assertThat(new ScreenClient(http, "ida.winther").open("approve-minutes", task).getBody())
        .contains("Klagen fra " + MARKER + " afvises.").doesNotContain(NOTE);

    mads.submitOk("approve-minutes", task, Map.of("decision", "godkend"));
    // What he approved is published in full for the members, the public version beside it (ADR 0055).
    assertThat(pdfText(documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content()))
        .contains("Klagen fra " + MARKER + " afvises.");

    // The follow-up action on the closed item, owned by the members' group: the disqualified member reads the
    // item in its public wording beside the action's own description; another member reads the decision.
    String action = engine.getTaskService().createTaskQuery().taskDefinitionKey(CARRY_OUT_ACTION).list().stream()
        .filter(t -> ACTION.equals(engine.getTaskService().getVariable(t.getId(), "actionDescription")))
        .findFirst().orElseThrow().getId();
    assertThat(new ScreenClient(http, "lone.berg").open("carry-out-action", action).getBody()).doesNotContain(MARKER)
        .contains(ACTION, PUBLIC_HEADING, ClosedItemCases.PUBLIC_DECISION, "som du er inhabil i");
    assertThat(new ScreenClient(http, "jens.bach").open("carry-out-action", action).getBody())
        .contains(ACTION, "Klagen fra " + MARKER + " afvises.").doesNotContain("som du er inhabil i");
  }

  @Test
  void aChairDisqualifiedForAClosedItemApprovesAndScreensTheAgendaSeeingItsPublicWordingWithoutItsBilag() throws Exception {
    LocalDateTime at = LocalDateTime.of(2194, 6, 4, 9, 0);
    String meetingId = meetingWithClosedItem(at);
    long closed = closedItem(meetingId);
    // Disqualified for the item already (at an earlier meeting, or recorded before this one).
    disqualify(meetingId, closed, List.of("mads.kjaer"));
    String task = taskId(meetingId, APPROVE_AGENDA);

    ScreenClient mads = new ScreenClient(http, "mads.kjaer");
    String page = mads.open("approve-agenda", task).getBody();
    assertThat(page).doesNotContain(MARKER).contains(PUBLIC_HEADING, NOTE,
        "Du godkender dagsordenen uden at tage stilling til punktets fortrolige indhold");
    assertThat(pdfText(screenPdf("mads.kjaer", "/screens/approve-agenda/preview.pdf?taskId=" + task)))
        .doesNotContain(MARKER).contains(PUBLIC_HEADING);
    assertThat(new ScreenClient(http, "ida.winther").open("approve-agenda", task).getBody())
        .contains("Sagsfremstilling: " + MARKER, "Journalnotat om " + MARKER).doesNotContain(NOTE);

    // Sent back to the screening, which the chair may do too: the same item by its public heading there.
    mads.submitOk("approve-agenda", task, Map.of("decision", "tilbage", "agendaRemarks", "Punkt 2 skal med."));
    String screening = taskId(meetingId, SCREEN_ITEMS);
    assertThat(mads.open("screen-items", screening).getBody()).doesNotContain(MARKER).contains(PUBLIC_HEADING,
        "Punktet er et lukket punkt, som du er inhabil i");
    assertThat(pdfText(screenPdf("mads.kjaer", "/screens/screen-items/preview.pdf?taskId=" + screening)))
        .doesNotContain(MARKER).contains(PUBLIC_HEADING);
    assertThat(new ScreenClient(http, "karen.lund").open("screen-items", screening).getBody())
        .contains("Beslutning: Klage fra " + MARKER, "Journalnotat om " + MARKER);
    complete(meetingId, SCREEN_ITEMS, Map.of());

    mads.submitOk("approve-agenda", taskId(meetingId, APPROVE_AGENDA), Map.of("decision", "godkend"));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** An FFU meeting waiting for the chair's agenda approval, its closed item's confidential parts with the marker. */
  private String meetingWithClosedItem(LocalDateTime at) {
    Clock.set(at.minusDays(40));
    String meetingId = run.start("ffu", at);
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", "ffu");
    proposal.put("meetingId", meetingId);
    proposal.put("title", "Beslutning: Klage fra " + MARKER + " over lægens journalføring");
    proposal.put("presentation", "Sagsfremstilling: " + MARKER + " klagede den 3. marts.");
    long item = api.body(api.post("/api/items", "karen.lund", proposal)).get("item").get("id").asLong();
    cases.propose("ffu", meetingId, "Orientering: Status på sundhedsaftalen", null);
    cases.attach(item, "Journalnotat om " + MARKER);
    api.body(api.exchange(HttpMethod.PUT, "/api/items/" + item + "/closure", "karen.lund",
        Map.of("closed", true, "publicTitle", ClosedItemCases.PUBLIC_TITLE, "reason", "Personoplysninger")));
    run.toAgendaApproval(meetingId);
    return meetingId;
  }

  /** The agenda approved and sent, the meeting recorded, the closed item's public decision, the comment round open. */
  private void toCommentRound(String meetingId, LocalDateTime at, long closed, List<String> disqualified,
      List<Map<String, Object>> actions) throws Exception {
    complete(meetingId, APPROVE_AGENDA, Map.of("agendaApproved", true));
    for (int round = 0; round < 5 && task(meetingId, RECORD_MEETING) == null; round++) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId(meetingId))
          .timers().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    Clock.set(at.plusHours(3));
    List<DecisionInput> decisions = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(meetingId)) {
      decisions.add(entry.itemId() == closed
          ? new DecisionInput(closed, Outcome.APPROVED, "Klagen fra " + MARKER + " afvises.", null, null, null, null,
              null)
          : new DecisionInput(entry.itemId(), Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    }
    complete(meetingId, RECORD_MEETING, Map.of("decisions", json.writeValueAsString(decisions),
        "actions", json.writeValueAsString(actions)));
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + closed + "/public-decision",
        "karen.lund", Map.of("publicDecision", ClosedItemCases.PUBLIC_DECISION)));
    disqualify(meetingId, closed, disqualified);
    complete(meetingId, DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), true));
  }

  private void disqualify(String meetingId, long closed, List<String> people) {
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + meetingId + "/items/" + closed + "/disqualifications",
        "karen.lund", people.stream().map(p -> Map.of("personId", p, "reason", "Nær familie til klageren")).toList()));
  }

  private long closedItem(String meetingId) {
    return items.pipeline(meetingId).stream().filter(i -> i.title().contains(MARKER)).findFirst()
        .or(() -> items.agenda(meetingId).stream().map(e -> items.find(e.itemId()).orElseThrow())
            .filter(i -> i.title().contains(MARKER)).findFirst())
        .orElseThrow().id();
  }

  private String instanceId(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult().getId();
  }

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(taskId(meetingId, key), variables);
  }

  private Task task(String meetingId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key)
        .singleResult();
  }

  private String taskId(String meetingId, String key) {
    Task task = task(meetingId, key);
    assertThat(task).as("%s waits at %s", meetingId, key).isNotNull();
    return task.getId();
  }

  private String commentTask(String meetingId, String member) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(COMMENT_ON_MINUTES).taskAssignee(member).singleResult().getId();
  }

  private byte[] apiBytes(String path, String user, int status) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "test");
    ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(status);
    return response.getBody();
  }

  /** A screen's preview PDF with the Tasklist's session, as the page's link opens it. */
  private byte[] screenPdf(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, "SESSION=" + new WebappSession(http).logIn(user).cookies.get("SESSION"));
    ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
