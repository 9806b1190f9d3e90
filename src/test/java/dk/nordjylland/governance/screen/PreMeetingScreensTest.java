package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AWAIT_PRE_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * SSF's kommunalt formøde as a meeting of its own (ADR 0046), walked on the screens by its own people: an item FU
 * forwards to the pre-meeting forum is in the pre-meeting's pipeline (API) and on its call and screening screens
 * (erik.moerch, its secretariat), its chair (morten.lykke) approves its agenda, its secretariat records a conclusion on
 * SSF's item, and SSF's agenda PDF prints it under the item. Meetings of their own from 2171 on, a year per test.
 */
@GovernanceTest
class PreMeetingScreensTest {

  /** A year of its own per test: an item FU forwards goes to the pre-meeting forum's next open meeting. */
  static final AtomicInteger YEAR = new AtomicInteger(2171);
  LocalDateTime ssfMeeting;
  static final String FORWARDED = "Drøftelse: Kommunal model for sundhedsrådene";
  static final String SSF_ITEM = "Godkendelse: Akutplan for Nordjylland";
  static final String CONCLUSION = "Kommunerne bakker op om akutplanen, med ønske om en fælles tidsplan.";

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ItemProposals itemProposals;
  @Autowired Screening itemScreening;
  @Autowired Items items;
  @Autowired Attendances attendances;
  @Autowired Meetings meetings;
  @Autowired MeetingDocuments documents;
  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;

  String fu;
  String ssf;
  long forwarded;
  long ssfItem;

  @BeforeEach
  void fuForwardsAnItemAndSsfCallsItsPreMeeting() {
    init(engine);
    ssfMeeting = LocalDateTime.of(YEAR.getAndIncrement(), 3, 19, 9, 0);
    Clock.set(ssfMeeting.minusDays(70));
    fu = run.start("fu", ssfMeeting.minusDays(28));
    forwarded = itemProposals.proposeForProcess(new ItemProposal("fu", fu, FORWARDED, null,
        "Kommunerne afstemmer modellen før SSF.", null, null, null, "Klynge Nord", List.of(), List.of()), "system");
    complete(task(COLLECT_ITEMS, cycle(fu)), withVariables(CALL_CLOSED.getName(), true));
    // FU's secretariat sends it to the pre-meeting forum on FU's screening screen, chosen by name.
    Map<String, Object> screening = new HashMap<>();
    List<Item> rows = itemScreening.screenable(fu);
    for (int i = 0; i < rows.size(); i++) {
      screening.put("decision-" + rows.get(i).id(), "ACCEPT");
      screening.put("position-" + rows.get(i).id(), String.valueOf(i + 1));
    }
    screening.put("decision-" + forwarded, "FORWARD");
    screening.put("position-" + forwarded, "");
    screening.put("targetForum-" + forwarded, "ssf-formoede");
    ResponseEntity<String> fuPage = new ScreenClient(http, "karen.lund").open("screen-items", taskId(fu, SCREEN_ITEMS));
    assertThat(fuPage.getBody()).contains(">Kommunalt formøde til Strategisk Sundhedsforum (Formøde SSF)</option>");
    new ScreenClient(http, "karen.lund").submitOk("screen-items", taskId(fu, SCREEN_ITEMS), screening);
    assertThat(items.find(forwarded).orElseThrow().forumId()).isEqualTo("ssf-formoede");

    ssf = run.start("ssf", ssfMeeting);
    ssfItem = itemProposals.proposeForProcess(new ItemProposal("ssf", ssf, SSF_ITEM, "1-01-72-7-71", "Akutplanen godkendes.",
        null, null, null, "Region Nordjylland", List.of("Godkender akutplanen"), List.of()), "system");
    complete(task(COLLECT_ITEMS, cycle(ssf)), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle(ssf)));
    assertThat(cycle(ssf)).isWaitingAt(AWAIT_PRE_MEETING);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  ProcessInstance cycle(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
  }

  String taskId(String meetingId, String element) {
    return task(element, cycle(meetingId)).getId();
  }

  Meeting preMeeting() {
    return meetings.preMeetingOf(ssf).orElseThrow();
  }

  @Test
  void theForwardedItemIsInThePreMeetingsPipelineAndOnItsCallAndScreeningScreens() {
    String pre = preMeeting().id();
    // Our API: the pre-meeting's pipeline, as its secretariat reads it.
    ResponseEntity<String> pipeline = api.get("/api/meetings/" + pre + "/pipeline", "erik.moerch");
    assertThat(pipeline.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = api.body(pipeline);
    List<String> titles = StreamSupport.stream(body.spliterator(), false).map(n -> n.get("title").asText()).toList();
    assertThat(titles).contains(FORWARDED, SSF_ITEM);

    // The link both ways, for the pre-meeting's people; SSF's secretariat (not in the municipal pre-meeting) gets 404.
    assertThat(api.body(api.get("/api/meetings/" + ssf + "/pre-meeting", "erik.moerch")).get("id").asText())
        .isEqualTo(pre);
    assertThat(api.body(api.get("/api/meetings/" + pre + "/main-meeting", "erik.moerch")).get("id").asText())
        .isEqualTo(ssf);
    assertThat(api.get("/api/meetings/" + ssf + "/pre-meeting", "karen.lund").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> notAPreMeeting = api.get("/api/meetings/" + fu + "/main-meeting", "karen.lund");
    assertThat(notAPreMeeting.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notAPreMeeting.getBody()).contains("er ikke et formøde");

    ScreenClient secretary = new ScreenClient(http, "erik.moerch");
    ResponseEntity<String> call = secretary.open("collect-items", taskId(pre, COLLECT_ITEMS));
    assertThat(call.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call.getBody()).contains(FORWARDED).contains(SSF_ITEM).contains("Formøde SSF");
    secretary.submitOk("collect-items", taskId(pre, COLLECT_ITEMS), Map.of("action", "luk", CALL_CLOSED.getName(),
        "true"));

    ResponseEntity<String> screening = secretary.open("screen-items", taskId(pre, SCREEN_ITEMS));
    assertThat(screening.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(screening.getBody()).contains(FORWARDED).contains(SSF_ITEM).contains("Godkender akutplanen");
  }

  @Test
  void thePreMeetingIsScreenedApprovedAndRecordedOnTheScreensAndSsfsAgendaPrintsItsConclusion() throws IOException {
    String pre = preMeeting().id();
    ScreenClient secretary = new ScreenClient(http, "erik.moerch");
    secretary.submitOk("collect-items", taskId(pre, COLLECT_ITEMS), Map.of("action", "luk", CALL_CLOSED.getName(),
        "true"));
    Map<String, Object> screening = new HashMap<>();
    List<Item> rows = itemScreening.screenable(pre);
    for (int i = 0; i < rows.size(); i++) {
      screening.put("decision-" + rows.get(i).id(), "ACCEPT");
      screening.put("position-" + rows.get(i).id(), String.valueOf(i + 1));
    }
    secretary.submitOk("screen-items", taskId(pre, SCREEN_ITEMS), screening);
    assertThat(items.agenda(pre)).extracting(e -> items.find(e.itemId()).orElseThrow().title())
        .contains(FORWARDED, SSF_ITEM);

    // The pre-meeting's chair approves its agenda.
    new ScreenClient(http, "morten.lykke").submitOk("approve-agenda", taskId(pre, APPROVE_AGENDA),
        Map.of("decision", "godkend"));
    execute(job(AGENDA_PUBLICATION, cycle(pre)));
    execute(job(MEETING_START, cycle(pre)));

    Map<String, Object> record = new HashMap<>();
    for (AgendaEntry entry : items.agenda(pre)) {
      String title = items.find(entry.itemId()).orElseThrow().title();
      String key = "p" + entry.position();
      if (title.equals(SSF_ITEM)) {
        record.put(key + "-outcome", "DISCUSSED");
        record.put(key + "-decisionText", CONCLUSION);
      } else {
        record.put(key + "-outcome", "TAKEN_TO_NOTICE");
      }
    }
    attendances.membersOn(pre).forEach(m -> record.put("attendance-" + m.personId(), "PRESENT"));
    secretary.submitOk("record-meeting", taskId(pre, RECORD_MEETING), record);
    assertThat(meetings.get(pre).status()).isEqualTo(MeetingStatus.HELD);

    // SSF goes on to its agenda approval; its agenda prints the pre-meeting's conclusion under the item.
    assertThat(cycle(ssf)).hasPassed(AWAIT_PRE_MEETING).isWaitingAt(APPROVE_AGENDA);
    String agendaText = pdfText(documents.render(ssf, DocumentKind.AGENDA));
    int item = agendaText.indexOf(SSF_ITEM);
    assertThat(item).isNotNegative();
    assertThat(agendaText).contains("Konklusion fra Kommunalt formøde til Strategisk Sundhedsforum,");
    assertThat(agendaText.indexOf("Konklusion fra Kommunalt formøde")).isGreaterThan(item);
    assertThat(agendaText.replaceAll("\\s+", " ")).contains(CONCLUSION);

    // The pre-meeting's own minutes carry its conclusions too.
    complete(task(DRAFT_MINUTES, cycle(pre)), withVariables(COMMENT_ROUND.getName(), false));
    complete(task(APPROVE_MINUTES, cycle(pre)), withVariables(MINUTES_APPROVED.getName(), true));
    String minutes = pdfText(documents.render(pre, DocumentKind.MINUTES)).replaceAll("\\s+", " ");
    assertThat(minutes).contains("Kommunalt formøde til Strategisk Sundhedsforum").contains(CONCLUSION)
        .contains(FORWARDED);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
