package dk.nordjylland.governance.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consultation API as the secretariat and the respondents use it: the contact persons of the 11
 * municipalities, and bad input (a reply after closing, from a non-respondent, empty, to an unknown
 * consultation, a bad request) answered in Danish with nothing saved (rows counted before and after).
 */
@GovernanceTest
class ConsultationApiTest {

  /** Monday 1 March 2032, far from the calendar and the other tests. */
  static final LocalDateTime NOW = LocalDateTime.of(2032, 3, 1, 9, 0);
  /** Friday 12 March 2032. */
  static final String REPLY_BY = "2032-03-12";
  static final List<String> TABLES = List.of("gov_consultation", "gov_consultation_respondent",
      "gov_consultation_reply", "gov_consultation_item", "gov_item");

  /** The municipality groups and their members (master data), in the order of the municipalities' names. */
  static final Map<String, String> DIRECTORS = new LinkedHashMap<>();

  static {
    DIRECTORS.put("municipality-aalborg", "tove.brandt");
    DIRECTORS.put("municipality-broenderslev", "jesper.noergaard");
    DIRECTORS.put("municipality-frederikshavn", "helle.skovgaard");
    DIRECTORS.put("municipality-hjoerring", "morten.lykke");
    DIRECTORS.put("municipality-jammerbugt", "susanne.bjerre");
    DIRECTORS.put("municipality-laesoe", "kim.oestergaard");
    DIRECTORS.put("municipality-mariagerfjord", "lise.dahl");
    DIRECTORS.put("municipality-morsoe", "niels.thygesen");
    DIRECTORS.put("municipality-rebild", "charlotte.friis");
    DIRECTORS.put("municipality-thisted", "rasmus.holt");
    DIRECTORS.put("municipality-vesthimmerland", "pia.kjeldsen");
  }

  @Autowired ApiClient api;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Consultations consultations;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    Clock.set(NOW);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, jdbc.sql("select count(*) from " + t).query(Integer.class).single()));
    return counts;
  }

  void assertProblem(ResponseEntity<String> response, int status, String... detail) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(api.json(response).get("detail").asText()).contains(detail);
  }

  long openText() {
    JsonNode created = api.body(api.post("/api/consultations", "karen.lund", Map.of(
        "subject", "Status på forløbsprogrammer", "question", "Hvor langt er I med forløbsprogrammerne?",
        "ownerGroup", "ffu-secretariat", "respondents", List.of("cluster-nord-secretaries", "cluster-vest-secretaries"),
        "replyBy", REPLY_BY)));
    return created.get("consultation").get("id").asLong();
  }

  @Test
  void elevenMunicipalitiesEachDesignateAContactPersonAndTheApiListsThem() {
    ResponseEntity<String> response = api.post("/api/consultations/contact-persons", "karen.lund", Map.of(
        "subject", "Kontaktpersoner til sundhedsberedskabsplanlægning",
        "question", "Udpeg en kontaktperson i kommunen til arbejdet med beredskab for patienter i hjemmerespirator,"
            + " hjemmeilt og hjemmedialyse.",
        "ownerGroup", "ffu-secretariat", "replyWithinWorkingDays", 10));
    JsonNode details = api.body(response);
    long id = details.get("consultation").get("id").asLong();
    assertThat(details.get("consultation").get("replyBy").asText()).isEqualTo("2032-03-15");
    assertThat(details.get("respondents")).hasSize(11);

    // A bad e-mail address: 400 in Danish, nothing saved, the task still open.
    Map<String, Integer> before = counts();
    assertProblem(api.post("/api/consultations/" + id + "/replies", "tove.brandt",
        Map.of("contactName", "Kontakt Aalborg", "contactEmail", "aalborg-uden-domæne")), 400,
        "'aalborg-uden-domæne' er ikke en gyldig e-mailadresse.");
    assertProblem(api.post("/api/consultations/" + id + "/replies", "tove.brandt", Map.of("answer", "Vi vender tilbage.")),
        400, "Skriv navnet på kontaktpersonen.", "Skriv kontaktpersonens e-mailadresse.");
    assertThat(counts()).isEqualTo(before);

    int n = 0;
    for (Map.Entry<String, String> e : DIRECTORS.entrySet()) {
      n++;
      JsonNode reply = api.body(api.post("/api/consultations/" + id + "/replies", e.getValue(), Map.of(
          "contactName", "Kontaktperson " + n, "contactEmail", "kontakt" + n + "@example.dk")));
      assertThat(reply.get("respondent").asText()).isEqualTo(e.getKey());
    }

    // The owning secretariat reads every municipality's contact person (issue 13: not anyone logged in).
    JsonNode persons = api.body(api.get("/api/consultations/" + id + "/contact-persons", "karen.lund"));
    assertThat(persons).hasSize(11);
    assertThat(persons.get(0).get("municipalityName").asText()).isEqualTo("Aalborg Kommune");
    assertThat(persons.get(0).get("email").asText()).isEqualTo("kontakt1@example.dk");
    assertThat(persons.get(10).get("municipality").asText()).isEqualTo("municipality-vesthimmerland");
    assertThat(persons.get(10).get("name").asText()).isEqualTo("Kontaktperson 11");
    assertThat(consultations.get(id).status()).as("the last reply closes it").isEqualTo(ConsultationStatus.CLOSED);
  }

  @Test
  void badInputIsRefusedInDanishAndNothingChanges() {
    Map<String, Integer> before = counts();
    ResponseEntity<String> bad = api.post("/api/consultations", "karen.lund", Map.of(
        "subject", " ", "question", "Spørgsmål?", "ownerGroup", "ffu-secretariat",
        "respondents", List.of("cluster-nord-secretaries", "klynge-ukendt", "cluster-nord-secretaries"),
        "replyBy", "2032-02-27"));
    assertProblem(bad, 400, "Høringen skal have et emne.", "Parten 'klynge-ukendt' findes ikke som bruger eller gruppe.",
        "'cluster-nord-secretaries' er nævnt flere gange", "skal ligge efter i dag");
    assertProblem(api.post("/api/consultations", "karen.lund", Map.of("subject", "S", "question", "Q",
        "ownerGroup", "ffu-secretariat", "respondents", List.of("peter.krogh"), "replyBy", "2032-03-13")), 400,
        "Svarfristen lørdag den 13. marts 2032 er en lørdag og ikke en arbejdsdag.");
    // The reply deadline on one of the product's own closed days names the day (issue 15).
    assertProblem(api.post("/api/consultations", "karen.lund", Map.of("subject", "S", "question", "Q",
        "ownerGroup", "ffu-secretariat", "respondents", List.of("peter.krogh"), "replyBy", "2032-06-05")), 400,
        "Svarfristen lørdag den 5. juni 2032 er grundlovsdag og ikke en arbejdsdag.");
    assertProblem(api.post("/api/consultations", "lone.berg", Map.of("subject", "S", "question", "Q",
        "ownerGroup", "ffu-secretariat", "respondents", List.of("peter.krogh"), "replyBy", REPLY_BY)), 403,
        "Kun sekretariatet (ffu-secretariat)");
    assertThat(counts()).isEqualTo(before);

    long id = openText();
    assertProblem(api.get("/api/consultations/999999", "karen.lund"), 404, "Høringen med id 999999 findes ikke.");
    assertProblem(api.post("/api/consultations/999999/replies", "trine.overgaard", Map.of("answer", "Svar.")), 404,
        "Høringen med id 999999 findes ikke.");

    Map<String, Integer> open = counts();
    assertProblem(api.post("/api/consultations/" + id + "/replies", "lone.berg", Map.of("answer", "Mit svar.")), 403,
        "Du (lone.berg) er ikke part i høringen 'Status på forløbsprogrammer'");
    assertProblem(api.post("/api/consultations/" + id + "/replies", "trine.overgaard",
        Map.of("respondent", "cluster-vest-secretaries", "answer", "For Vest.")), 403,
        "Du (trine.overgaard) kan ikke svare for Klyngesekretariat Klynge Vest");
    assertProblem(api.post("/api/consultations/" + id + "/replies", "trine.overgaard", Map.of("answer", "  ")), 400,
        "Skriv et svar på høringen.");
    // The Tasklist's way: the form submitted empty is refused the same way, and the task stays open.
    String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("consultation-" + id)
        .taskCandidateGroup("cluster-nord-secretaries").singleResult().getId();
    ResponseEntity<String> form = new ScreenClient(http, "trine.overgaard").submit("reply-consultation", taskId,
        Map.of("replyAnswer", ""));
    assertThat(form.getStatusCode().value()).isEqualTo(400);
    assertThat(form.getBody()).contains("id=\"replyAnswer-fejl\"").contains("Udfyld feltet &quot;Svar&quot;.");
    assertProblem(api.post("/api/consultations/" + id + "/close", "karen.lund", null), 409,
        "kan først lukkes, når svarfristen er overskredet");
    assertThat(counts()).isEqualTo(open);

    JsonNode reply = api.body(api.post("/api/consultations/" + id + "/replies", "trine.overgaard",
        Map.of("answer", "Klynge Nord er færdig.")));
    assertThat(reply.get("late").asBoolean()).isFalse();
    assertProblem(api.post("/api/consultations/" + id + "/replies", "trine.overgaard", Map.of("answer", "Igen.")), 409,
        "Klyngesekretariat Klynge Nord har allerede svaret");

    // The deadline passes (reminder, escalation); the secretariat closes it; Klynge Vest is too late.
    String instance = consultations.get(id).processInstanceId();
    for (String timer : List.of(ConsultationProcess.Elements.REPLY_REMINDER, ConsultationProcess.Elements.REPLY_DEADLINE)) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timer)
          .singleResult();
      Clock.set(Clock.of(job.getDuedate()).plusMinutes(1));
      engine.getManagementService().executeJob(job.getId());
    }
    assertProblem(api.post("/api/consultations/" + id + "/close", "anders.moelgaard", null), 403, "Kun sekretariatet");
    JsonNode closed = api.body(api.post("/api/consultations/" + id + "/close", "karen.lund", null));
    assertThat(closed.get("consultation").get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("consultation").get("closedBy").asText()).isEqualTo("karen.lund");
    assertThat(closed.get("respondents").get(1).get("replied").asBoolean()).isFalse();

    Map<String, Integer> afterClose = counts();
    assertProblem(api.post("/api/consultations/" + id + "/replies", "anders.moelgaard",
        Map.of("answer", "Klynge Vest svarer nu.")), 409,
        "Høringen 'Status på forløbsprogrammer' blev lukket", "der kan ikke længere svares");
    assertThat(counts()).isEqualTo(afterClose);
    assertThat(consultations.replies(id)).singleElement().extracting(ConsultationReply::respondent)
        .isEqualTo("cluster-nord-secretaries");

    JsonNode list = api.body(api.get("/api/consultations", "ida.winther"));
    assertThat(list.findValuesAsText("subject")).contains("Status på forløbsprogrammer");
  }
}
