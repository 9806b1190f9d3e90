package dk.nordjylland.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.agreement.AgreementProperties.PartyApprovalSetting;
import dk.nordjylland.governance.agreement.AgreementStart;
import dk.nordjylland.governance.agreement.AgreementStarts;
import dk.nordjylland.governance.agreement.PartyApprovals;
import dk.nordjylland.governance.agreement.VersionInput;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.invitation.Invitations;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 5: our API reads and writes are scoped to the user's forums and roles. A role × forum matrix over
 * every forum-scoped GET (users of the master data), the filtered lists, consultations' replies and contact persons,
 * agreements' party answers, the invitation's attendees, and who may propose items to which forum.
 */
@GovernanceTest
class ApiForumScopeTest {

  private static final LocalDateTime MEETING = LocalDateTime.of(2037, 3, 10, 12, 0);
  private static final List<String> FORUMS = List.of("ffu", "ssu", "fu", "koordineringsgruppen");
  /** Who belongs to which forum, from masterdata/collaboration.yaml (ida.winther: process owner, reads all). */
  private static final Map<String, Set<String>> PEOPLE = Map.of(
      "ffu", Set.of("karen.lund", "mads.kjaer", "lone.berg", "jens.bach", "tove.brandt"),
      "ssu", Set.of("henrik.dam"),
      "fu", Set.of("karen.lund", "tove.brandt"),
      "koordineringsgruppen", Set.of("nanna.kirk"));
  private static final List<String> USERS = List.of("karen.lund", "mads.kjaer", "lone.berg", "henrik.dam",
      "jens.bach", "tove.brandt", "nanna.kirk", "ida.winther");
  private static final String PROCESS_OWNER = "ida.winther";

  @Autowired TestRestTemplate http;
  @Autowired TestMeetings testMeetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Documents documents;
  @Autowired Invitations invitations;
  @Autowired FollowUps followUps;
  @Autowired AgreementStarts starts;
  @Autowired PartyApprovals partyApprovals;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  private final Map<String, String> meetingOf = new LinkedHashMap<>();
  private final Map<String, Long> itemOf = new LinkedHashMap<>();
  private final Map<String, Long> actionOf = new LinkedHashMap<>();

  @BeforeEach
  void forumsWithAMeetingAnItemDocumentsAndAnAction() {
    Clock.set(MEETING.minusDays(60));
    for (String forum : FORUMS) {
      String meetingId = testMeetings.create(forum, MEETING);
      long itemId = itemProposals.proposeForProcess(new ItemProposal(forum, meetingId, "Orientering: Fortroligt i " + forum,
          null, "Resumé.", null, null, null, null, List.of("Tager til efterretning."), List.of()), "system");
      documents.store(meetingId, DocumentKind.AGENDA, "%PDF-1.4 dagsorden".getBytes(StandardCharsets.UTF_8));
      documents.store(meetingId, DocumentKind.MINUTES, "%PDF-1.4 referat".getBytes(StandardCharsets.UTF_8));
      invitations.issue(meetingId);
      long actionId = followUps.startAction(itemId, meetingId, "Sekretariatet følger op.", forum + "-secretariat",
          MEETING.toLocalDate().plusDays(30));
      meetingOf.put(forum, meetingId);
      itemOf.put(forum, itemId);
      actionOf.put(forum, actionId);
    }
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  /** Every GET of a forum's meetings, pipeline, agenda, items, documents and actions. */
  private List<String> forumReads(String forum) {
    String m = meetingOf.get(forum);
    return List.of("/api/meetings?forum=" + forum, "/api/meetings/" + m, "/api/meetings/" + m + "/agenda",
        "/api/meetings/" + m + "/pipeline", "/api/meetings/" + m + "/documents",
        "/api/meetings/" + m + "/documents/agenda.pdf", "/api/meetings/" + m + "/documents/minutes.pdf",
        "/api/meetings/" + m + "/documents/invitation.ics", "/api/items/" + itemOf.get(forum),
        "/api/actions?meeting=" + m, "/api/actions/" + actionOf.get(forum),
        "/api/items/" + itemOf.get(forum) + "/closure", "/api/meetings/" + m + "/disqualifications");
  }

  @Test
  void aForumsMeetingsItemsDocumentsAndActionsAreReadByItsPeopleAndProcessOwnersOnly() {
    List<String> wrong = new ArrayList<>();
    for (String user : USERS) {
      for (String forum : FORUMS) {
        boolean allowed = PEOPLE.get(forum).contains(user) || user.equals(PROCESS_OWNER);
        for (String path : forumReads(forum)) {
          int status = get(path, user).getStatusCode().value();
          // A forum is public (/api/forums): 403. A meeting, item or action id: 404, like an unknown id.
          int refused = path.startsWith("/api/meetings?forum=") ? 403 : 404;
          if (status != (allowed ? 200 : refused)) {
            wrong.add(user + " " + path + " (" + forum + "): " + status + ", expected " + (allowed ? 200 : refused));
          }
        }
        // The actions of an item: a list, filtered to what the user may read.
        JsonNode actions = body(get("/api/actions?item=" + itemOf.get(forum), user));
        if (actions.findValuesAsText("id").contains(String.valueOf(actionOf.get(forum))) != allowed) {
          wrong.add(user + " /api/actions?item= (" + forum + "): " + actions);
        }
      }
      // Names and roles of the forums are not secret.
      assertThat(get("/api/forums", user).getStatusCode().value()).isEqualTo(200);
      assertThat(get("/api/forums/ssu", user).getStatusCode().value()).isEqualTo(200);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRefusedReadLooksLikeAnUnknownIdAndTellsNothing() {
    String ssuMeeting = meetingOf.get("ssu");
    ResponseEntity<String> refused = get("/api/meetings/" + ssuMeeting + "/pipeline", "lone.berg");
    assertThat(refused.getStatusCode().value()).isEqualTo(404);
    assertThat(refused.getBody()).contains("Mødet '" + ssuMeeting + "' findes ikke.").doesNotContain("Fortroligt");
    ResponseEntity<String> item = get("/api/items/" + itemOf.get("ssu"), "lone.berg");
    assertThat(json(item).path("detail").asText()).isEqualTo("Punkt " + itemOf.get("ssu") + " findes ikke.");
    assertThat(json(get("/api/meetings?forum=ssu", "lone.berg")).path("detail").asText())
        .isEqualTo("Du har ikke adgang til møderne i SSU.");
  }

  @Test
  void theInvitationNamesTheAttendeesWithTheirAddressesForTheForumsOwnPeopleOnly() {
    String path = "/api/meetings/" + meetingOf.get("ffu") + "/documents/invitation.ics";
    String forMember = get(path, "lone.berg").getBody();
    assertThat(forMember).contains("ATTENDEE", "mailto:lone.berg@example.dk", "mailto:mads.kjaer@example.dk");

    ResponseEntity<String> forProcessOwner = get(path, PROCESS_OWNER);
    assertThat(forProcessOwner.getStatusCode().value()).isEqualTo(200);
    assertThat(forProcessOwner.getBody()).contains("BEGIN:VEVENT", "UID:" + Invitations.uid(meetingOf.get("ffu")),
        "END:VCALENDAR").doesNotContain("ATTENDEE", "lone.berg@example.dk", "Lone Berg");

    assertThat(get(path, "henrik.dam").getStatusCode().value()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- proposals

  @Test
  void ssuTakesItemsFromItsSecretariatAndFfusOnlyAndARefusalStoresNothing() {
    String ssu = meetingOf.get("ssu");
    Map<String, Long> before = counts();
    for (String refused : List.of("lone.berg", "henrik.dam", "nanna.kirk", PROCESS_OWNER)) {
      ResponseEntity<String> answer = post("/api/items", refused, proposal("ssu", ssu, "Beslutning: Fra " + refused));
      assertThat(answer.getStatusCode().value()).as("%s: %s", refused, answer.getBody()).isEqualTo(403);
      assertThat(json(answer).path("detail").asText()).isEqualTo("Du kan ikke foreslå punkter til"
          + " Sundhedssamarbejdsudvalget. Punkter til SSU foreslås af SSU – sekretariat eller FFU – sekretariat.");
    }
    assertThat(counts()).isEqualTo(before);

    ResponseEntity<String> created = post("/api/items", "karen.lund", proposal("ssu", ssu, "Godkendelse: Fra FFU"));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    assertThat(json(created).path("item").path("proposedBy").asText()).isEqualTo("karen.lund");
    assertThat(json(created).path("item").path("forumId").asText()).isEqualTo("ssu");
    // The proposer reads the item proposed to a forum she does not sit in; its members do; others do not.
    String location = created.getHeaders().getLocation().toString();
    assertThat(get(location, "karen.lund").getStatusCode().value()).isEqualTo(200);
    assertThat(get(location, "henrik.dam").getStatusCode().value()).isEqualTo(200);
    assertThat(get(location, "lone.berg").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aForumNotConfiguredTakesItemsFromItsOwnGroups() {
    Map<String, Long> before = counts();
    ResponseEntity<String> outsider = post("/api/items", "nanna.kirk",
        proposal("ffu", meetingOf.get("ffu"), "Orientering: Fra Koordineringsgruppen"));
    assertThat(outsider.getStatusCode().value()).as(outsider.getBody()).isEqualTo(403);
    assertThat(json(outsider).path("detail").asText())
        .startsWith("Du kan ikke foreslå punkter til Fælles Forretningsudvalg.");
    assertThat(counts()).isEqualTo(before);
    assertThat(post("/api/items", "lone.berg", proposal("ffu", meetingOf.get("ffu"), "Orientering: Fra et medlem"))
        .getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void theProposerIsTheLoggedInUserAndTheBodyCannotNameAnother() {
    Map<String, Object> forged = proposal("ffu", meetingOf.get("ffu"), "Beslutning: I en andens navn");
    forged.put("proposedBy", "mads.kjaer");
    Map<String, Long> before = counts();
    ResponseEntity<String> refused = post("/api/items", "lone.berg", forged);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(json(refused).path("detail").asText()).contains("'proposedBy' kan ikke angive en anden");
    assertThat(counts()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from gov_item where proposed_by = 'mads.kjaer' and title = ?")
        .param("Beslutning: I en andens navn").query(Long.class).single()).isZero();

    forged.put("proposedBy", "lone.berg");
    ResponseEntity<String> own = post("/api/items", "lone.berg", forged);
    assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(201);
    assertThat(json(own).path("item").path("proposedBy").asText()).isEqualTo("lone.berg");
  }

  @Test
  void theTasklistsProposalScreenAppliesTheSameRuleAndStoresNothingWhenRefused() {
    Map<String, Long> before = counts();
    ScreenClient member = new ScreenClient(http, "henrik.dam");
    // SSU is not offered to its members (nothing else either: henrik.dam sits in SSU only).
    assertThat(member.get("/screens/propose-item").getBody()).contains("Du kan ikke foreslå punkter til noget forum")
        .doesNotContain("value=\"ssu\"");
    ResponseEntity<String> refused = member.post("/screens/propose-item", Map.of("forumId", "ssu",
        "meeting", meetingOf.get("ssu"), "title", "Beslutning: Direkte fra et medlem"));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("Du kan ikke foreslå punkter til Sundhedssamarbejdsudvalget.");
    assertThat(counts()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- consultations

  @Test
  void repliesAndContactPersonsAreReadByTheSecretariatTheRespondentForItsOwnAndProcessOwners() {
    long id = body(post("/api/consultations/contact-persons", "karen.lund", Map.of("subject", "Kontaktperson",
        "question", "Udpeg en kontaktperson.", "ownerGroup", "ffu-secretariat", "replyWithinWorkingDays", 10)))
        .path("consultation").path("id").asLong();
    assertThat(post("/api/consultations/" + id + "/replies", "tove.brandt", Map.of("contactName", "Kontakt Aalborg",
        "contactEmail", "kontakt.aalborg@example.dk")).getStatusCode().value()).isEqualTo(201);
    assertThat(post("/api/consultations/" + id + "/replies", "morten.lykke", Map.of("contactName", "Kontakt Hjørring",
        "contactEmail", "kontakt.hjoerring@example.dk")).getStatusCode().value()).isEqualTo(201);
    String persons = "/api/consultations/" + id + "/contact-persons";
    String details = "/api/consultations/" + id;

    for (String all : List.of("karen.lund", PROCESS_OWNER)) {
      assertThat(body(get(persons, all)).findValuesAsText("email"))
          .contains("kontakt.aalborg@example.dk", "kontakt.hjoerring@example.dk");
      assertThat(body(get(details, all)).path("replies")).hasSize(2);
    }
    // Aalborg's director reads Aalborg's reply, not Hjørring's.
    JsonNode own = body(get(persons, "tove.brandt"));
    assertThat(own).hasSize(1);
    assertThat(own.get(0).path("email").asText()).isEqualTo("kontakt.aalborg@example.dk");
    assertThat(body(get(details, "tove.brandt")).path("replies").findValuesAsText("contactEmail"))
        .containsExactly("kontakt.aalborg@example.dk");
    // Not asked and not the secretariat: as unknown, and not in the list.
    for (String outsider : List.of("lone.berg", "henrik.dam", "nanna.kirk")) {
      assertThat(get(persons, outsider).getStatusCode().value()).as(outsider).isEqualTo(404);
      assertThat(get(details, outsider).getStatusCode().value()).as(outsider).isEqualTo(404);
      assertThat(body(get("/api/consultations", outsider)).findValuesAsText("id")).doesNotContain(String.valueOf(id));
    }
    assertThat(body(get("/api/consultations", "tove.brandt")).findValuesAsText("id")).contains(String.valueOf(id));
  }

  // ---------------------------------------------------------------- agreements

  @Test
  void partyAnswersAreReadByTheAgreementsGroupsTheirPartyAndProcessOwners() {
    long id = starts.start(new AgreementStart("Samarbejdsaftale om forløb for ældre", null, null, false, null,
        null, null, List.of(new PartyApprovalSetting("plo-chairmanship", "PLO-Nordjyllands formandskab", 10),
            new PartyApprovalSetting("municipality-aalborg", "Aalborg Kommune", 10)),
        new VersionInput("Udkast", null, "DOK-13", null, null), meetingOf.get("ffu")), "karen.lund");
    partyApprovals.requestApprovals(id);
    List<Long> approvals = partyApprovals.openApprovalIds(id);
    assertThat(approvals).hasSize(2);
    partyApprovals.answer(approvals.get(0), 1, "APPROVED_WITH_RESERVATION", "Forbehold om PLO's økonomi.", "jens.bach");
    partyApprovals.answer(approvals.get(1), 1, "DECLINED", "Aalborg afviser udkastet.", "tove.brandt");
    String path = "/api/agreements/" + id;

    for (String all : List.of("nanna.kirk", "karen.lund", PROCESS_OWNER)) {
      JsonNode details = body(get(path, all));
      assertThat(details.path("partyApprovals").findValuesAsText("remarks")).as(all)
          .containsExactlyInAnyOrder("Forbehold om PLO's økonomi.", "Aalborg afviser udkastet.");
    }
    JsonNode plo = body(get(path, "jens.bach"));
    assertThat(plo.path("partyApprovals").findValuesAsText("remarks")).containsExactly("Forbehold om PLO's økonomi.");
    assertThat(plo.toString()).doesNotContain("Aalborg afviser");
    for (String outsider : List.of("lone.berg", "henrik.dam")) {
      JsonNode details = body(get(path, outsider));
      assertThat(details.path("partyApprovals")).as(outsider).isEmpty();
      assertThat(details.path("reservations")).as(outsider).isEmpty();
      assertThat(details.toString()).as(outsider).doesNotContain("Forbehold om", "Aalborg afviser");
      assertThat(details.path("agreement").path("title").asText()).isEqualTo("Samarbejdsaftale om forløb for ældre");
    }
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> proposal(String forum, String meetingId, String title) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("forumId", forum);
    p.put("meetingId", meetingId);
    p.put("title", title);
    p.put("recommendations", List.of("Godkender."));
    return p;
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("gov_item", "gov_item_event", "gov_item_recommendation")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "test");
    headers.setAccept(List.of(MediaType.ALL));
    return headers;
  }

  private ResponseEntity<String> get(String path, String user) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), String.class);
  }

  private ResponseEntity<String> post(String path, String user, Object body) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(body), headers),
          String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode body(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s", response.getStatusCode(), response.getBody())
        .isTrue();
    return json(response);
  }

  private JsonNode json(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }
}
