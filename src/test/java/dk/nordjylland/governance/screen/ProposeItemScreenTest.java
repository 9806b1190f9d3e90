package dk.nordjylland.governance.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.item.Item;
import dk.nordjylland.governance.item.ItemStatus;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Recommendation;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import dk.nordjylland.governance.support.WebappSession;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "Foreslå dagsordenspunkt" on its own page (ADR 0038), the Tasklist's start form of itemProposal: forums and meetings
 * by name, only among those the person may propose to; a refusal is Danish on the field with nothing saved, and no
 * answer carries the engine's "Cannot instantiate process definition ..." text. Meetings of its own in 2310.
 */
@GovernanceTest
class ProposeItemScreenTest {

  static final LocalDateTime NOW = LocalDateTime.of(2310, 1, 6, 9, 0);
  /** As the Tasklist links it; not encoded here, as the test client encodes the query itself. */
  static final String PAGE = "/screens/propose-item?processDefinitionKey=itemProposal"
      + "&callbackUrl=http://localhost/camunda/app/tasklist/default/";

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired Items items;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @Autowired ApiClient api;

  /** Once for the class: "the next meeting" must be this one, not a copy made for an earlier test. */
  static String ffuMeeting;
  static String ssuMeeting;

  @BeforeEach
  void meetingsTakingItems() {
    Clock.set(NOW);
    if (ffuMeeting == null) {
      ffuMeeting = testMeetings.create("ffu", LocalDateTime.of(2310, 3, 8, 12, 0));
      ssuMeeting = testMeetings.create("ssu", LocalDateTime.of(2310, 3, 15, 14, 0));
    }
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aMemberIsOfferedHerForumAndItsMeetingsByNameAndNothingElse() {
    ResponseEntity<String> page = new ScreenClient(http, "lone.berg").get(PAGE);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"").contains("Logget ind som <strong>Lone Berg</strong>")
        .contains("<option value=\"ffu\">Fælles Forretningsudvalg</option>")
        .contains("<option value=\"" + ffuMeeting + "\">Fælles Forretningsudvalg, tirsdag den 8. marts 2310 kl. 12.00"
            + " – frist for punkter")
        // What "next meeting" means, said on the page.
        .contains("<span>Fælles Forretningsudvalg, tirsdag den 8. marts 2310 kl. 12.00</span>")
        .contains("<label for=\"forumId\">Forum</label>").contains("<label for=\"meeting\">Møde</label>")
        // SSU takes items from its secretariat and FFU's only (governance.proposals.ssu): not offered to a member.
        .doesNotContain("value=\"ssu\"").doesNotContain(ssuMeeting).doesNotContain("Sundhedssamarbejdsudvalget");

    ResponseEntity<String> secretary = new ScreenClient(http, "karen.lund").get(PAGE);
    assertThat(secretary.getBody()).contains("<option value=\"ssu\">Sundhedssamarbejdsudvalget</option>")
        .contains("value=\"" + ssuMeeting + "\"");
  }

  @Test
  void aMemberProposesAnItemToTheMeetingSheChoseAndTheReceiptSaysWhereItWent() {
    ScreenClient member = new ScreenClient(http, "lone.berg");
    long processesBefore = proposalProcesses();
    Map<String, Object> fields = proposal("Godkendelse: Fælles retningslinje for udskrivning");
    fields.put("meeting", ffuMeeting);
    ResponseEntity<String> done = member.post(PAGE, fields);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(done.getHeaders().getLocation().getPath()).isEqualTo("/screens/propose-item-done");

    Item item = items.pipeline(ffuMeeting).stream()
        .filter(i -> i.title().equals("Godkendelse: Fælles retningslinje for udskrivning")).findFirst().orElseThrow();
    assertThat(item.proposedBy()).isEqualTo("lone.berg");
    assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(item.summary()).isEqualTo("Netværksgruppen har udarbejdet en fælles retningslinje. Æøå.");
    assertThat(items.recommendations(item.id())).extracting(Recommendation::text)
        .containsExactly("Godkender retningslinjen.", "Tager orienteringen til efterretning.");
    assertThat(items.attachments(item.id())).extracting(a -> a.title() + "/" + a.toFollow())
        .containsExactly("Retningslinjen/false", "Høringssvar/true");
    // The Tasklist's process was started, as by the old start form.
    assertThat(proposalProcesses()).isEqualTo(processesBefore + 1);

    // The receipt as the browser follows the 303 (the test client would encode the encoded query once more).
    URI location = done.getHeaders().getLocation();
    ResponseEntity<String> receipt = member.get(location.getPath() + "?" + location.getQuery());
    assertThat(receipt.getBody()).contains("Punktet er foreslået")
        .contains("Punktet er sat på Fælles Forretningsudvalg, tirsdag den 8. marts 2310 kl. 12.00.")
        .contains("href=\"http://localhost/camunda/app/tasklist/default/\"")
        // The item's files are uploaded right here (screen.attachment's form, which comes back to the receipt).
        .contains("action=\"/screens/attachments/" + item.id() + "\"").contains("value=\"propose-item-done\"")
        .contains("Bilag 2: Høringssvar");
    assertThat(member.get(location.getPath() + "?bilag=" + item.id() + "-1").getBody()).contains("Bilaget er gemt.")
        .contains("Godkendelse: Fælles retningslinje for udskrivning");
    // Another's item number in the receipt's address shows nothing of it.
    ResponseEntity<String> foreign = new ScreenClient(http, "karen.lund").get(location.getPath() + "?item=" + item.id());
    assertThat(foreign.getBody()).contains("Punktet er foreslået").doesNotContain(item.title());
  }

  @Test
  void withoutAChosenMeetingTheItemGoesToTheNextMeetingTakingItemsAsThePageSaid() {
    Map<String, Object> fields = proposal("Orientering: Næste møde");
    fields.put("meeting", "naeste");
    ResponseEntity<String> done = new ScreenClient(http, "lone.berg").post(PAGE, fields);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(items.pipeline(ffuMeeting)).extracting(Item::title).contains("Orientering: Næste møde");
  }

  @Test
  void missingAndTooLongFieldsAreDanishOnTheFieldWithTheTypedValuesKeptAndNothingSaved() {
    long before = itemCount();
    Map<String, Object> fields = proposal("");
    fields.put("forumId", "");
    fields.put("caseNumber", "1".repeat(41));
    fields.put("recommendations", "Godkender " + "a".repeat(2000));
    ResponseEntity<String> refused = new ScreenClient(http, "lone.berg").post(PAGE, fields);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .contains("id=\"forumId-fejl\"").contains("Vælg en værdi i &quot;Forum&quot;.")
        .contains("id=\"title-fejl\"").contains("Udfyld feltet &quot;Titel&quot;.")
        .containsPattern("id=\"title\"[^>]*aria-invalid=\"true\"")
        .contains("id=\"caseNumber-fejl\"").contains("Sagsnr. er for lang: højst 40 tegn (nu 41).")
        .contains("id=\"recommendations-fejl\"").contains("En indstilling (én linje) må højst have 2000 tegn.")
        .contains("Intet er gemt")
        // What was typed is still there.
        .contains("Netværksgruppen har udarbejdet en fælles retningslinje. Æøå.");
    assertNoEngineText(refused);
    assertThat(itemCount()).isEqualTo(before);
  }

  @Test
  void aForumOrMeetingNotOfferedPostedByHandIsRefusedOnItsFieldAndNothingSaved() {
    long before = itemCount();
    long processesBefore = proposalProcesses();
    ScreenClient member = new ScreenClient(http, "lone.berg");
    Map<String, Object> toSsu = proposal("Beslutning: Direkte fra et medlem");
    toSsu.put("forumId", "ssu");
    toSsu.put("meeting", ssuMeeting);
    ResponseEntity<String> refused = member.post(PAGE, toSsu);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("id=\"forumId-fejl\"")
        .contains("Du kan ikke foreslå punkter til Sundhedssamarbejdsudvalget. Vælg et af de viste fora.");
    assertNoEngineText(refused);

    // A meeting of another forum than the one chosen.
    ScreenClient secretary = new ScreenClient(http, "karen.lund");
    Map<String, Object> mixed = proposal("Beslutning: Forkert møde");
    mixed.put("meeting", ssuMeeting);
    ResponseEntity<String> wrongMeeting = secretary.post(PAGE, mixed);
    assertThat(wrongMeeting.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongMeeting.getBody()).contains("id=\"meeting-fejl\"")
        .contains("Det valgte møde er et møde i Sundhedssamarbejdsudvalget, ikke i Fælles Forretningsudvalg.");
    assertNoEngineText(wrongMeeting);

    assertThat(itemCount()).isEqualTo(before);
    assertThat(proposalProcesses()).isEqualTo(processesBefore);
  }

  @Test
  void aForgedPostIsRefusedAndTheEngineRestStartPointsToThePageInDanish() {
    long before = itemCount();
    ScreenClient member = new ScreenClient(http, "lone.berg");
    Map<String, Object> fields = proposal("Beslutning: Forfalsket");
    MultiValue form = new MultiValue(fields);
    assertThat(member.exchange(HttpMethod.POST, PAGE, MediaType.APPLICATION_FORM_URLENCODED, form.map)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Camunda's REST API (scripts) and the web apps' copy (the Tasklist) no longer start the proposal for a member.
    ResponseEntity<String> engineRest = api.post("/engine-rest/process-definition/key/itemProposal/submit-form",
        "lone.berg", Map.of("variables", Map.of("forumId", Map.of("value", "ffu"), "title", Map.of("value", "X"))));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineRest.getBody()).contains("Punktet foreslås på sin egen side");
    assertNoEngineText(engineRest);

    WebappSession tasklist = new WebappSession(http).logIn("lone.berg");
    ResponseEntity<String> webapp = tasklist.api(HttpMethod.POST,
        "/camunda/api/engine/engine/default/process-definition/key/itemProposal/submit-form",
        "{\"variables\":{\"forumId\":{\"value\":\"ffu\"},\"title\":{\"value\":\"Beslutning: Fra Tasklist\"}}}", true);
    assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webapp.getBody()).contains("Punktet foreslås på sin egen side");
    assertNoEngineText(webapp);
    assertThat(itemCount()).isEqualTo(before);
  }

  /** What a person reads: the page, or the message of Camunda's error JSON (whose "type" names a class). */
  private void assertNoEngineText(ResponseEntity<String> answer) {
    String read = answer.getBody();
    if (read != null && read.startsWith("{")) {
      read = api.json(answer).path("message").asText() + api.json(answer).path("detail").asText();
    }
    assertThat(read).doesNotContain("Cannot instantiate").doesNotContain("ENGINE-")
        .doesNotContain("Exception").doesNotContain("itemProposal:").doesNotContain("dk.nordjylland");
  }

  private Map<String, Object> proposal(String title) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("forumId", "ffu");
    fields.put("meeting", ffuMeeting);
    fields.put("title", title);
    fields.put("summary", "Netværksgruppen har udarbejdet en fælles retningslinje. Æøå.");
    fields.put("recommendations", "Godkender retningslinjen.\nTager orienteringen til efterretning.\n");
    fields.put("attachments", "Retningslinjen\nHøringssvar (eftersendes)");
    return fields;
  }

  private long itemCount() {
    return jdbc.sql("select count(*) from gov_item").query(Long.class).single();
  }

  private long proposalProcesses() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("itemProposal").count();
  }

  /** The fields as a form body. */
  private record MultiValue(MultiValueMap<String, Object> map) {
    MultiValue(Map<String, Object> fields) {
      this(new LinkedMultiValueMap<>());
      fields.forEach((k, v) -> map.add(k, String.valueOf(v)));
    }
  }
}
