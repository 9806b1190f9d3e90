package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member proposes an item from the Tasklist's "Start proces": the proposal screen starts processes/item-proposal.bpmn. */
@GovernanceTest
class ItemProposalProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired Items items;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
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

  /** The proposal screen (ADR 0038), as the Tasklist's "Start proces" opens it; the fields as the page names them. */
  ResponseEntity<String> submit(String user, Map<String, Object> fields) {
    Map<String, Object> form = new HashMap<>(fields);
    form.putIfAbsent("meeting", meetingId);
    return new ScreenClient(http, user).post("/screens/propose-item?processDefinitionKey=itemProposal", form);
  }

  long itemCount() {
    return jdbc.sql("select count(*) from gov_item").query(Integer.class).single();
  }

  @Test
  void aMemberProposesAnItemWithItsPartsAndTheProcessKeepsOnlyItsId() throws Exception {
    // SSU takes items from its secretariat and FFU's (governance.proposals.ssu), not from its members.
    ResponseEntity<String> started = submit("karen.lund", Map.of("forumId", "ssu",
        "title", "Godkendelse: Midtvejsstatus for Sundhedsaftalen 2024-2027",
        "caseNumber", "1-30-72-240-24",
        "summary", "Midtvejsstatus fremlægges til endelig godkendelse.",
        "proposerBody", "Strategisk Sundhedsforum",
        "recommendations", "Godkender midtvejsstatus.\nTager orienteringen om slutstatus til efterretning.",
        "attachments", "Midtvejsstatus, samlet skema\nBilag fra klyngerne (eftersendes)"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    long itemId = itemIdIn(started);
    String instanceId = historyService.createHistoricVariableInstanceQuery().variableName("itemId")
        .variableValueEquals("itemId", itemId).singleResult().getProcessInstanceId();
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
    long before = itemCount();
    ResponseEntity<String> rejected = submit("lone.berg", Map.of("forumId", "ffu", "meeting", "naeste"));
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).contains("id=\"title-fejl\"").contains("Udfyld feltet &quot;Titel&quot;.");
    assertThat(itemCount()).isEqualTo(before);
  }

  /** Issue 15 point 7: the form allows 30,000 characters; the engine's string column holds 4,000. */
  @Test
  void longTextsUpToTheFormsLimitsAreStoredInFull() throws Exception {
    String presentation = "Sagsfremstilling med æøå. ".repeat(480); // 12,480 characters
    String summary = "R".repeat(8000);
    ResponseEntity<String> started = submit("karen.lund", Map.of("forumId", "ssu", "title", "Orientering: Lang sag",
        "summary", summary, "presentation", presentation));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    long itemId = itemIdIn(started);
    Item item = items.find(itemId).orElseThrow();
    assertThat(item.presentation()).hasSize(presentation.strip().length()).isEqualTo(presentation.strip());
    assertThat(item.summary()).isEqualTo(summary);
  }

  @Test
  void aTextOverTheFormsLimitIsRejectedInDanishNamingTheFieldAndNothingIsSaved() throws Exception {
    long before = itemCount();
    ResponseEntity<String> rejected = submit("karen.lund", Map.of("forumId", "ssu",
        "title", "Orientering: For lang sag", "presentation", "x".repeat(30001)));
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).contains("id=\"presentation-fejl\"")
        .contains("Sagsfremstilling er for lang: højst 30000 tegn (nu 30001).");
    assertThat(itemCount()).isEqualTo(before);
  }

  @Test
  void recommendationsAndAttachmentsOverTheFormsLimitsAreRejectedNamingTheField() throws Exception {
    String recommendations = ("Godkender " + "a".repeat(990) + "\n").repeat(9); // 9 lines, 9,008 characters without the last line break
    ResponseEntity<String> rejected = submit("karen.lund", Map.of("forumId", "ssu",
        "title", "Godkendelse: Mange indstillinger", "recommendations", recommendations));
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).contains("id=\"recommendations-fejl\"")
        .contains("Indstilling er for lang: højst 8000 tegn (nu 9008).");
  }

  /** The item the receipt's address names (the screen's 303 to /screens/propose-item-done?item=...). */
  private static long itemIdIn(ResponseEntity<String> started) {
    String query = started.getHeaders().getLocation().getQuery();
    Matcher item = Pattern.compile("item=(\\d+)").matcher(query);
    assertThat(item.find()).as(query).isTrue();
    return Long.parseLong(item.group(1));
  }
}
