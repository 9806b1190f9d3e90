package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COLLECT_REMARKS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "Indsaml dagsordenspunkter" as a screen (ADR 0036): the secretariat sees the items proposed so far by proposer
 * name, registers an item that came by mail (after the deadline: marked late) without closing the call, and closes
 * the call with the confirmation. Bad input: a Danish message on the field, nothing saved. Meetings of its own in 2162.
 */
@GovernanceTest
class CollectItemsScreenTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2162, 3, 9, 12, 0);

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired MeetingSchedule schedule;
  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;

  String meetingId;
  ProcessInstance cycle;
  String task;

  @BeforeEach
  void inTheCallForItems() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
    task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(COLLECT_ITEMS).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretariatSeesTheMeetingTheDeadlineAndTheItemsByProposerName() {
    itemProposals.propose(new ItemProposal("ffu", meetingId, "Drøftelse: Fælles sprog om forløbsplaner", null, null, null,
        null, null, "Arbejdsgruppen for forløb", List.of(), List.of()), "lone.berg");

    ResponseEntity<String> page = new ScreenClient(http, "karen.lund").open("collect-items", task);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Indsaml dagsordenspunkter – FFU 09.03.2162")
        .contains("Frist for punkter").contains("Fælles Forretningsudvalg, tirsdag den 9. marts 2162 kl. 12.00")
        .contains("Drøftelse: Fælles sprog om forløbsplaner")
        .contains("<td>Lone Berg for Arbejdsgruppen for forløb</td>").contains("Inden fristen")
        .contains("Registrér punktet").contains("Luk indkaldelsen").doesNotContain("Ingen bilag.")
        .doesNotContain("lone.berg").doesNotContain(meetingId).doesNotContain("fristen er overskredet");
  }

  @Test
  void anItemByMailAfterTheDeadlineIsRegisteredMarkedLateAndTheCallStaysOpen() {
    Clock.set(Clock.of(schedule.itemDeadline(meetingId)).plusHours(2));
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    assertThat(karen.open("collect-items", task).getBody()).contains("(fristen er overskredet)");

    ResponseEntity<String> registered = karen.submit("collect-items", task, Map.of("action", "registrer",
        "title", "Orientering: Brev fra Sundhedsstyrelsen", "proposerBody", "Region Nordjylland",
        "summary", "Styrelsen beder om en status.\nSvarfrist i maj.", "guests", "Anne Holm, Sundhedsstyrelsen",
        "recommendations", "Tager orienteringen til efterretning\n\nBeder sekretariatet svare"));

    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(registered.getHeaders().getLocation().getPath()).isEqualTo("/screens/collect-items");
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);
    Item item = items.pipeline(meetingId).stream().filter(i -> i.title().equals("Orientering: Brev fra Sundhedsstyrelsen"))
        .findFirst().orElseThrow();
    assertThat(item.late()).isTrue();
    assertThat(item.proposedBy()).isEqualTo("karen.lund");
    assertThat(item.proposerBody()).isEqualTo("Region Nordjylland");
    assertThat(item.summary()).isEqualTo("Styrelsen beder om en status.\nSvarfrist i maj.");
    assertThat(item.guests()).isEqualTo("Anne Holm, Sundhedsstyrelsen");
    assertThat(items.recommendations(item.id())).extracting(Recommendation::text)
        .containsExactly("Tager orienteringen til efterretning", "Beder sekretariatet svare");

    ResponseEntity<String> again = karen.follow(registered);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody())
        .contains("Punktet &quot;Orientering: Brev fra Sundhedsstyrelsen&quot; er registreret efter fristen")
        .contains("<td>Karen Lund for Region Nordjylland</td>").contains("<strong>Efter fristen</strong>")
        .contains("Tilbage til opgavelisten");
  }

  @Test
  void anItemWithoutATitleOrACloseWithoutTheTickIsRefusedOnTheFieldAndNothingIsSaved() {
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    int before = items.pipeline(meetingId).size();

    ResponseEntity<String> noTitle = karen.submit("collect-items", task, Map.of("action", "registrer",
        "title", "  ", "summary", "Et resumé, der ikke må gå tabt"));
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTitle.getBody()).contains("id=\"title-fejl\"").contains("Udfyld feltet &quot;Titel&quot;.")
        .contains("Et resumé, der ikke må gå tabt").contains("Intet er gemt");
    assertThat(items.pipeline(meetingId)).hasSize(before);

    ResponseEntity<String> noTick = karen.submit("collect-items", task, Map.of("action", "luk",
        "collectRemarks", "Alt er med."));
    assertThat(noTick.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTick.getBody()).contains("id=\"callClosed-fejl\"")
        .contains("Sæt kryds for at bekræfte, at indkaldelsen er lukket").contains("Alt er med.");
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);

    // The screen cannot be skipped through the engine's REST API.
    ResponseEntity<String> engineRest = api.submitForm(task, "karen.lund", Map.of(CALL_CLOSED.getName(), true));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);
  }

  @Test
  void theSecretariatAddsAFileToAnItemOnTheCallsScreenAndSeesItsLink() throws Exception {
    long item = itemProposals.propose(new ItemProposal("ffu", meetingId, "Godkendelse: Kommissorium for data", null, null,
        null, null, null, null, List.of(), List.of()), "lone.berg");
    ScreenClient karen = new ScreenClient(http, "karen.lund");
    String page = karen.open("collect-items", task).getBody();
    assertThat(page).contains("Tilføj bilag til punkt")
        .contains("enctype=\"multipart/form-data\" action=\"/screens/attachments/" + item + "\"")
        .contains("name=\"back\" value=\"collect-items\"");

    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(page);
    assertThat(token.find()).isTrue();
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("_csrf", token.group(1));
    form.add("back", "collect-items");
    form.add("taskId", task);
    form.add("callbackUrl", "http://localhost/camunda/app/tasklist/default/");
    form.add("title", "Kommissorium");
    byte[] pdf = pdf();
    form.add("file", new HttpEntity<>(new ByteArrayResource(pdf) {
      @Override
      public String getFilename() {
        return "kommissorium.pdf";
      }
    }));
    ResponseEntity<String> uploaded = karen.exchange(HttpMethod.POST,
        "/screens/attachments/" + item, MediaType.MULTIPART_FORM_DATA, form);

    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(uploaded.getHeaders().getLocation().getPath()).isEqualTo("/screens/collect-items");
    assertThat(items.attachments(item)).hasSize(1);
    assertThat(items.attachments(item).get(0).fileName()).isEqualTo("kommissorium.pdf");
    ResponseEntity<String> back = karen.follow(uploaded);
    assertThat(back.getBody()).contains("Bilaget er gemt.")
        .contains("href=\"/api/items/" + item + "/attachments/1\"").contains("Bilag 1: Kommissorium");
    assertThat(cycle).isWaitingAt(COLLECT_ITEMS);
  }

  static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void closingTheCallWithTheTickLeadsToScreeningWithTheRemarks() {
    assertThat(new ScreenClient(http, "lone.berg").open("collect-items", task).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> closed = new ScreenClient(http, "karen.lund").submit("collect-items", task,
        Map.of("action", "luk", CALL_CLOSED.getName(), "true", COLLECT_REMARKS.getName(), "Punkt 3 kom pr. mail."));

    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(closed.getHeaders().getLocation().getPath()).isEqualTo("/screens/done");
    assertThat(cycle).hasPassed(COLLECT_ITEMS).isWaitingAt(SCREEN_ITEMS);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), COLLECT_REMARKS.getName()))
        .isEqualTo("Punkt 3 kom pr. mail.");
  }
}
