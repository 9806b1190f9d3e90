package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member proposes an item from the Tasklist's start form (processes/item-proposal.bpmn). */
@GovernanceTest
class ItemProposalProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired Items items;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  final ObjectMapper json = new ObjectMapper();
  String meetingId;

  @BeforeEach
  void meeting() {
    Clock.set(LocalDateTime.of(2025, 7, 1, 9, 0));
    meetingId = testMeetings.create("ssu", LocalDateTime.of(2025, 10, 29, 14, 0));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  ResponseEntity<String> submit(String user, String variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "test");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/engine-rest/process-definition/key/itemProposal/submit-form", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":" + variables + "}", headers), String.class);
  }

  @Test
  void aMemberProposesAnItemWithItsPartsAndTheProcessKeepsOnlyItsId() throws Exception {
    // SSU takes items from its secretariat and FFU's (governance.proposals.ssu), not from its members.
    ResponseEntity<String> started = submit("karen.lund", """
        {"forumId":{"value":"ssu"},"meetingId":{"value":"%s"},
         "title":{"value":"Godkendelse: Midtvejsstatus for Sundhedsaftalen 2024-2027"},
         "caseNumber":{"value":"1-30-72-240-24"},
         "summary":{"value":"Midtvejsstatus fremlægges til endelig godkendelse."},
         "proposerBody":{"value":"Strategisk Sundhedsforum"},
         "recommendations":{"value":"Godkender midtvejsstatus.\\nTager orienteringen om slutstatus til efterretning."},
         "attachments":{"value":"Midtvejsstatus, samlet skema\\nBilag fra klyngerne (eftersendes)"}}
        """.formatted(meetingId));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = json.readTree(started.getBody()).get("id").asText();

    long itemId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("itemId").singleResult().getValue();
    Item item = items.find(itemId).orElseThrow();
    assertThat(item.title()).isEqualTo("Godkendelse: Midtvejsstatus for Sundhedsaftalen 2024-2027");
    assertThat(item.kind()).isEqualTo(ItemKind.APPROVAL);
    assertThat(item.proposedBy()).isEqualTo("karen.lund");
    assertThat(item.meetingId()).isEqualTo(meetingId);
    assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(items.recommendations(itemId)).extracting(Recommendation::text)
        .containsExactly("Godkender midtvejsstatus.", "Tager orienteringen om slutstatus til efterretning.");
    assertThat(items.attachments(itemId))
        .containsExactly(new Attachment(1, "Midtvejsstatus, samlet skema", false),
            new Attachment(2, "Bilag fra klyngerne", true));
    // The content lives in our tables; the process kept the id (and who proposed).
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
        .extracting(v -> v.getName()).containsExactlyInAnyOrder("itemId", "proposedBy");
  }

  @Test
  void aProposalWithoutTitleIsRejectedInDanishAndNothingIsSaved() throws Exception {
    int before = jdbc.sql("select count(*) from gov_item").query(Integer.class).single();
    ResponseEntity<String> rejected = submit("lone.berg", "{\"forumId\":{\"value\":\"ffu\"}}");
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(rejected.getBody()).get("message").asText())
        .isEqualTo("Punktet kan ikke foreslås: Punktet skal have en titel.");
    assertThat(jdbc.sql("select count(*) from gov_item").query(Integer.class).single()).isEqualTo(before);
  }

  /** Issue 15 point 7: the form allows 30,000 characters; the engine's string column holds 4,000. */
  @Test
  void longTextsUpToTheFormsLimitsAreStoredInFull() throws Exception {
    String presentation = "Sagsfremstilling med æøå. ".repeat(480); // 12,480 characters
    String summary = "R".repeat(8000);
    ResponseEntity<String> started = submit("karen.lund", """
        {"forumId":{"value":"ssu"},"meetingId":{"value":"%s"},"title":{"value":"Orientering: Lang sag"},
         "summary":{"value":"%s"},"presentation":{"value":"%s"}}
        """.formatted(meetingId, summary, presentation));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = json.readTree(started.getBody()).get("id").asText();
    long itemId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("itemId").singleResult().getValue();
    Item item = items.find(itemId).orElseThrow();
    assertThat(item.presentation()).hasSize(presentation.strip().length()).isEqualTo(presentation.strip());
    assertThat(item.summary()).isEqualTo(summary);
  }

  @Test
  void aTextOverTheFormsLimitIsRejectedInDanishNamingTheFieldAndNothingIsSaved() throws Exception {
    int before = jdbc.sql("select count(*) from gov_item").query(Integer.class).single();
    ResponseEntity<String> rejected = submit("karen.lund", """
        {"forumId":{"value":"ssu"},"meetingId":{"value":"%s"},"title":{"value":"Orientering: For lang sag"},
         "presentation":{"value":"%s"}}
        """.formatted(meetingId, "x".repeat(30001)));
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(rejected.getBody()).get("message").asText())
        .isEqualTo("Punktet kan ikke foreslås: Feltet 'Sagsfremstilling' må højst have 30000 tegn.");
    assertThat(jdbc.sql("select count(*) from gov_item").query(Integer.class).single()).isEqualTo(before);
  }

  @Test
  void recommendationsAndAttachmentsOverTheFormsLimitsAreRejectedNamingTheField() throws Exception {
    String recommendations = ("Godkender " + "a".repeat(990) + "\\n").repeat(9); // 9 lines, 9,009 characters
    ResponseEntity<String> rejected = submit("karen.lund", """
        {"forumId":{"value":"ssu"},"meetingId":{"value":"%s"},"title":{"value":"Godkendelse: Mange indstillinger"},
         "recommendations":{"value":"%s"}}
        """.formatted(meetingId, recommendations));
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(rejected.getBody()).get("message").asText())
        .contains("Feltet 'Indstilling' må højst have 8000 tegn.");
  }
}
