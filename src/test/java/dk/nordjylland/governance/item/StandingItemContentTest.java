package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.MeetingDocuments;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15 point 3: a standing item (FU's "Opfølgning på møder") carries the content the secretariat writes for the
 * meeting, through {@code PUT /api/items/{id}/content} and the call-for-items screen, until the agenda is approved; the
 * agenda prints it like any item. Meetings of their own in 2037.
 */
@GovernanceTest
class StandingItemContentTest {

  static final String FOLLOW_UP = """
      Forretningsudvalget drøfter relevante møder siden sidst, herunder:

      • Formandskabsmøde Strategisk Sundhedsforum 28. marts
        o Dagsordenen til maj
      • Sundhedsprofil-konferencen 31. marts""";

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired Items items;
  @Autowired ItemProposals itemProposals;
  @Autowired ApiClient api;
  @Autowired MeetingDocuments documents;
  @Autowired TestRestTemplate http;

  String meetingId;
  Item standing;

  @BeforeEach
  void aMeetingOfFuInItsCallForItems() {
    init(engine);
  }

  void meeting(LocalDateTime at) {
    Clock.set(at.minusDays(30));
    meetingId = run.start("fu", at);
    standing = items.pipeline(meetingId).stream().filter(i -> i.title().equals("Opfølgning på møder")).findFirst()
        .orElseThrow();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theSecretariatFillsInAStandingItemAndTheAgendaPrintsIt() throws IOException {
    meeting(LocalDateTime.of(2037, 3, 10, 12, 0));
    ResponseEntity<String> filled = put(standing.id(), "erik.moerch", Map.of("summary", "Møderne siden sidst.",
        "presentation", FOLLOW_UP, "recommendations", List.of("Drøfter om møderne giver anledning til opfølgning.")));
    assertThat(filled.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = api.json(filled);
    assertThat(body.path("item").path("presentation").asText()).isEqualTo(FOLLOW_UP);
    assertThat(body.path("recommendations").get(0).path("text").asText())
        .isEqualTo("Drøfter om møderne giver anledning til opfølgning.");
    assertThat(items.history(standing.id())).extracting(ItemEvent::kind).contains(ItemEventKind.CONTENT_FILLED);

    run.toAgendaApproval(meetingId);
    String text = pdfText(documents.render(meetingId, DocumentKind.AGENDA));
    String item = text.substring(text.lastIndexOf("Punkt 1: Opfølgning på møder"));
    assertThat(item).contains("Resumé", "Møderne siden sidst.", "Sagsfremstilling",
        "• Formandskabsmøde Strategisk Sundhedsforum 28. marts", "o Dagsordenen til maj", "Indstilling",
        "1. Drøfter om møderne giver anledning til opfølgning.");
    assertThat(item.indexOf("o Dagsordenen til maj")).isLessThan(item.indexOf("• Sundhedsprofil-konferencen"));
  }

  @Test
  void badInputIsADanishProblemAndNothingIsSaved() {
    meeting(LocalDateTime.of(2037, 4, 14, 12, 0));
    Map<String, Object> content = Map.of("summary", "Møderne siden sidst.");

    // An unknown field: 400, named; a member of the forum: 403; not a standing item: 409; too long: 400.
    assertProblem(put(standing.id(), "erik.moerch", Map.of("summary", "X", "resume", "Y")), HttpStatus.BAD_REQUEST,
        "resume");
    assertProblem(put(standing.id(), "tove.brandt", content), HttpStatus.FORBIDDEN, "sekretariat");
    long proposal = itemProposals.proposeForProcess(new ItemProposal("fu", meetingId, "Orientering: Et forslag", null,
        "Forslagets resumé.", null, null, null, null, List.of(), List.of()), "system");
    assertProblem(put(proposal, "erik.moerch", content), HttpStatus.CONFLICT, "ikke et fast punkt");
    assertProblem(put(standing.id(), "erik.moerch", Map.of("recommendations", List.of("x".repeat(2001)))),
        HttpStatus.BAD_REQUEST, "2000 tegn");
    assertProblem(put(999_999_999L, "erik.moerch", content), HttpStatus.NOT_FOUND, "findes ikke");
    assertThat(items.find(standing.id()).orElseThrow().summary()).isNull();
    assertThat(items.find(proposal).orElseThrow().summary()).isEqualTo("Forslagets resumé.");
    assertThat(items.recommendations(standing.id())).isEmpty();

    // Once the chair has approved the agenda, the standing item is as the members got it: 409.
    run.toAgendaApproval(meetingId);
    String approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(APPROVE_AGENDA).singleResult().getId();
    engine.getTaskService().complete(approval, Map.of(AGENDA_APPROVED.getName(), true,
        EMPTY_AGENDA_CONFIRMED.getName(), true));
    assertProblem(put(standing.id(), "erik.moerch", content), HttpStatus.CONFLICT, "dagsordenen til mødet er godkendt");
    assertThat(items.find(standing.id()).orElseThrow().summary()).isNull();
  }

  @Test
  void theCallForItemsScreenFillsInAStandingItem() {
    meeting(LocalDateTime.of(2037, 5, 12, 12, 0));
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(COLLECT_ITEMS).singleResult().getId();
    ScreenClient secretary = new ScreenClient(http, "karen.lund");
    ResponseEntity<String> page = secretary.open("collect-items", task);
    assertThat(page.getBody()).contains("Faste punkter").contains("Udfyld fast punkt 1: Opfølgning på møder")
        .contains("<label for=\"fillPresentation-" + standing.id() + "\">Sagsfremstilling</label>");

    // A refused input: the field's Danish message, what was typed kept, nothing saved.
    ResponseEntity<String> refused = secretary.submit("collect-items", task, Map.of("action", "udfyld",
        "fillItem", standing.id(), "fillPresentation", FOLLOW_UP, "fillRecommendations", "x".repeat(2001)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"fillRecommendations-fejl\"")
        .contains("Hvert punkt i indstillingen må højst have 2000 tegn.").contains("Sundhedsprofil-konferencen")
        // The error summary's link reaches the refused panel's field.
        .contains("href=\"#fillRecommendations\"").contains("id=\"fillRecommendations\"");
    assertThat(items.find(standing.id()).orElseThrow().presentation()).isNull();

    ResponseEntity<String> saved = secretary.submit("collect-items", task, Map.of("action", "udfyld",
        "fillItem", standing.id(), "fillSummary", "Møderne siden sidst.", "fillPresentation", FOLLOW_UP,
        "fillRecommendations", "Drøfter møderne.\nBeslutter opfølgningen."));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(secretary.follow(saved).getBody()).contains("Det faste punkt &quot;Opfølgning på møder&quot; er udfyldt.")
        .contains("Ret fast punkt 1: Opfølgning på møder");
    Item stored = items.find(standing.id()).orElseThrow();
    assertThat(stored.presentation()).isEqualTo(FOLLOW_UP.strip());
    assertThat(stored.summary()).isEqualTo("Møderne siden sidst.");
    assertThat(items.recommendations(standing.id())).extracting(Recommendation::text)
        .containsExactly("Drøfter møderne.", "Beslutter opfølgningen.");
    // The task stays open: the call is closed separately.
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  ResponseEntity<String> put(long itemId, String user, Object body) {
    return api.exchange(HttpMethod.PUT, "/api/items/" + itemId + "/content", user, body);
  }

  void assertProblem(ResponseEntity<String> answer, HttpStatus status, String detailPart) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody()).contains(detailPart).doesNotContain("Exception", "dk.nordjylland");
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
