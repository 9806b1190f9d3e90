package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input at the HTTP level of /api/**: malformed JSON, unknown ids and addresses, oversized bodies, wrong content
 * types and methods, missing or wrong credentials, and HTML/script in text fields. Each is answered with the right
 * status and a Danish problem detail (application/problem+json), and the rows of every agenda table are counted
 * before and after: nothing is stored half. Raw HTTP (java.net.http) so that headers, chunked bodies and 401 answers
 * are exactly what a client sends and gets.
 */
@GovernanceTest
class ApiBadInputTest {

  /** Thursday 12 May 2033, 12:00; far from the calendar meetings other classes use. */
  static final LocalDateTime MEETING = LocalDateTime.of(2033, 5, 12, 12, 0);

  @LocalServerPort int port;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Items items;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();

  String meetingId;

  @BeforeEach
  void setUp() {
    Clock.set(MEETING.minusDays(40));
    meetingId = testMeetings.create("ffu", MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void malformedOrEmptyJsonIsA400InDanishOnEveryWritingCall() throws Exception {
    Map<String, Long> before = counts();
    for (String path : List.of("/api/items", "/api/meetings/" + meetingId + "/screening",
        "/api/meetings/" + meetingId + "/decisions", "/api/meetings/" + meetingId + "/move")) {
      for (String body : List.of("{\"title\": ", "", "[1, 2", "\"nur ein Text\"", "{\"forumId\": \"ffu\",}")) {
        HttpResponse<String> response = send("POST", path, "karen.lund", "application/json", BodyPublishers.ofString(body));
        assertThat(response.statusCode()).as("%s %s: %s", path, body, response.body()).isEqualTo(400);
        assertProblem(response, 400, "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
      }
    }
    // Well-formed JSON of the wrong shape: a list where an object belongs, a word where a time belongs.
    assertProblem(postJson("/api/items", "lone.berg", "{\"title\": \"Orientering: X\", \"recommendations\": {\"a\": 1}}"),
        400, "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    assertProblem(postJson("/api/meetings/" + meetingId + "/screening", "karen.lund", "{\"itemId\": 1}"), 400,
        "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    assertProblem(postJson("/api/meetings/" + meetingId + "/move", "karen.lund", "{\"startsAt\": \"i morgen\"}"), 400,
        "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    assertThat(counts()).isEqualTo(before);
    assertThat(items.pipeline(meetingId)).extracting(Item::standing).containsOnly(true);
  }

  @Test
  void unknownIdsAndAddressesAre404InDanishAndWrongIdTypesAre400() throws Exception {
    Map<String, Long> before = counts();
    assertProblem(get("/api/items/987654321", "lone.berg"), 404, "Punkt 987654321 findes ikke.");
    assertProblem(get("/api/meetings/ffu-1999-01-01", "lone.berg"), 404, "Mødet 'ffu-1999-01-01' findes ikke.");
    assertProblem(get("/api/meetings/ffu-1999-01-01/agenda", "lone.berg"), 404, "Mødet 'ffu-1999-01-01' findes ikke.");
    assertProblem(get("/api/forums/xyz", "lone.berg"), 404, "Forummet 'xyz' findes ikke.");
    assertProblem(get("/api/actions/987654321", "lone.berg"), 404, "Opfølgningen med id 987654321 findes ikke.");
    assertProblem(postJson("/api/meetings/ffu-1999-01-01/screening", "karen.lund", "[]"), 404,
        "Mødet 'ffu-1999-01-01' findes ikke.");
    assertProblem(postJson("/api/meetings/ffu-1999-01-01/decisions", "karen.lund",
        "{\"absentees\": [], \"decisions\": [], \"actions\": []}"), 404, "Mødet 'ffu-1999-01-01' findes ikke.");
    assertProblem(get("/api/findes-ikke", "lone.berg"), 404,
        "Adressen '/api/findes-ikke' findes ikke. Se API-beskrivelsen på /api/openapi.");
    assertProblem(get("/api/items/abc", "lone.berg"), 400, "'abc' er ikke en gyldig værdi for 'itemId'.");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyIs413InDanishWhetherItsLengthIsDeclaredOrNot() throws Exception {
    Map<String, Long> before = counts();
    String huge = proposal("Orientering: For stort", "x".repeat(1_100_000));

    HttpResponse<String> declared = send("POST", "/api/items", "lone.berg", "application/json",
        BodyPublishers.ofString(huge));
    assertProblem(declared, 413, "Forespørgslen er for stor: højst 1 MB pr. forespørgsel. Filer uploades som"
        + " bilag til et punkt (POST /api/items/{id}/attachments).");

    // Chunked, no Content-Length: read up to the limit, then refused.
    HttpResponse<String> chunked = send("POST", "/api/items", "lone.berg", "application/json",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
    assertThat(chunked.request().headers().firstValue("Content-Length")).isEmpty();
    assertProblem(chunked, 413, "Forespørgslen er for stor: højst 1 MB pr. forespørgsel. Filer uploades som"
        + " bilag til et punkt (POST /api/items/{id}/attachments).");
    assertThat(counts()).isEqualTo(before);

    // Within the size limit but beyond a field's limit: the field's own Danish message.
    HttpResponse<String> longSummary = postJson("/api/items", "lone.berg",
        proposal("Orientering: For langt resumé", "y".repeat(8001)));
    assertProblem(longSummary, 400, "Punktet kan ikke foreslås: Feltet 'Resumé' må højst have 8000 tegn.");
    Map<String, Object> manyAttachments = new LinkedHashMap<>(Map.of("forumId", "ffu", "meetingId", meetingId,
        "title", "Orientering: Bilag med for lang titel",
        "attachments", List.of(Map.of("title", "Bilag", "toFollow", false), Map.of("title", "z".repeat(301)))));
    assertProblem(postJson("/api/items", "lone.berg", json.writeValueAsString(manyAttachments)), 400,
        "Punktet kan ikke foreslås: Hvert bilag skal have en titel på højst 300 tegn.");
    assertThat(counts()).isEqualTo(before);

    // A chunked body within the limit is read as usual.
    String fine = proposal("Orientering: Lige under grænsen", "Kort resumé.");
    HttpResponse<String> taken = send("POST", "/api/items", "lone.berg", "application/json",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fine.getBytes(StandardCharsets.UTF_8))));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(items.pipeline(meetingId)).extracting(Item::title).contains("Orientering: Lige under grænsen")
        .doesNotContain("Orientering: For stort");
  }

  @Test
  void wrongContentTypesAre415AndWrongMethodsAre405InDanish() throws Exception {
    Map<String, Long> before = counts();
    String body = proposal("Orientering: Forkert indholdstype", "Resumé.");
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      HttpResponse<String> response = send("POST", "/api/items", "lone.berg", type, BodyPublishers.ofString(body));
      assertProblem(response, 415, "Indholdstypen '" + type + "' understøttes ikke. Send JSON med Content-Type: application/json.");
    }
    assertProblem(send("DELETE", "/api/items/1", "lone.berg", null, BodyPublishers.noBody()), 405,
        "Metoden DELETE understøttes ikke på denne adresse. Brug GET.");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void missingOrWrongCredentialsAre401AndAForbiddenCallIs403InDanish() throws Exception {
    Map<String, Long> before = counts();
    HttpResponse<String> anonymous = send("POST", "/api/items", null, "application/json",
        BodyPublishers.ofString(proposal("Orientering: Uden login", "Resumé.")));
    assertProblem(anonymous, 401, "Log ind med brugernavn og adgangskode (HTTP Basic). Forkert brugernavn eller"
        + " adgangskode giver også dette svar.");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("Basic realm=\"governance\""));
    HttpResponse<String> wrong = client.send(request("GET", "/api/forums", null, null, BodyPublishers.noBody())
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("peter.krogh:forkert".getBytes()))
        .build(), BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertProblem(get("/actuator/prometheus", "lone.berg"), 403, "Du har ikke adgang til denne handling.");
    assertThat(counts()).isEqualTo(before);
  }

  /**
   * Decision: text fields take any text, HTML and script included (titles such as "<b>" or "a < b" are legitimate
   * text), are stored exactly as typed and are only ever output as text: JSON strings with nosniff, and escaped by
   * Thymeleaf in the PDFs and mails (document.MeetingDocumentsAndMailTest prints such an item in both).
   */
  @Test
  void htmlAndScriptInTextFieldsAreStoredAsTypedAndReturnedAsJsonText() throws Exception {
    String title = "Orientering: <script>alert('x')</script> & <img src=x onerror=alert(1)>";
    String summary = "<a href=\"javascript:alert(1)\">Klik</a> \"citat\" </textarea>";
    HttpResponse<String> created = postJson("/api/items", "lone.berg", proposal(title, summary));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> read = get(location, "lone.berg");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/json"));
    assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    JsonNode item = json.readTree(read.body()).get("item");
    assertThat(item.get("title").asText()).isEqualTo(title);
    assertThat(item.get("summary").asText()).isEqualTo(summary);
    assertThat(jdbc.sql("select title from gov_item where id = ?").param(item.get("id").asLong())
        .query(String.class).single()).isEqualTo(title);
  }

  /**
   * Issue 13, finding 7: a control character (one NUL stopped a forum's agenda) or a lone UTF-16 surrogate (stored, it
   * came back as invalid JSON) is refused with a Danish message naming the field, in our API and in the engine's
   * task forms; nothing is stored. Tab, line feed and carriage return are text.
   */
  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInDanishAndNothingIsStored() throws Exception {
    Map<String, Long> before = counts();
    // As JSON escapes (what a client sends for a pasted character) and the NUL also as a raw character.
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("{\"forumId\": \"ffu\", \"title\": \"Orientering: Nul\\u0000tegn\"}",
        "Feltet 'title' indeholder et kontroltegn (U+0000)");
    bad.put("{\"forumId\": \"ffu\", \"title\": \"Orientering: Nul\u0000tegn\"}",
        "Feltet 'title' indeholder et kontroltegn (U+0000)");
    bad.put("{\"forumId\": \"ffu\", \"title\": \"Orientering: Klokke\", \"summary\": \"Ding\\u0007\"}",
        "Feltet 'summary' indeholder et kontroltegn (U+0007)");
    bad.put("{\"forumId\": \"ffu\", \"title\": \"Orientering: Halv \\ud83d emoji\"}",
        "Feltet 'title' indeholder et ufuldstændigt tegn (en halv tegnkode, U+D83D)");
    bad.put("{\"forumId\": \"ffu\", \"title\": \"Orientering: X\", \"recommendations\": [\"Godkender\\udc00\"]}",
        "Feltet 'recommendations' indeholder et ufuldstændigt tegn (en halv tegnkode, U+DC00)");
    for (Map.Entry<String, String> entry : bad.entrySet()) {
      HttpResponse<String> response = postJson("/api/items", "lone.berg", entry.getKey());
      assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
          .startsWith("application/problem+json"));
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.get("title").asText()).isEqualTo("Ugyldige oplysninger");
      assertThat(problem.get("detail").asText()).startsWith(entry.getValue()).contains("Fjern tegnet");
    }
    assertThat(counts()).isEqualTo(before);

    // The engine's REST API (scripts; the call for items is a screen, so an administrator): the same check, in
    // Camunda's error JSON; the task stays open.
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(COLLECT_ITEMS).singleResult().getId();
    HttpResponse<String> form = postJson("/engine-rest/task/" + task + "/submit-form", "admin",
        "{\"variables\": {\"callClosed\": {\"value\": true}, \"collectRemarks\": {\"value\": \"Lukket\\u001b[31m\"}}}");
    assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
    assertThat(json.readTree(form.body()).get("message").asText())
        .startsWith("Feltet 'collectRemarks' indeholder et kontroltegn (U+001B)");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(counts()).isEqualTo(before);

    // An emoji (a whole surrogate pair), tabs and line breaks are text.
    String summary = "Linje 1\r\nLinje 2\n\tIndrykket 🙂";
    HttpResponse<String> created = postJson("/api/items", "lone.berg", proposal("Orientering: Tekst 🙂", summary));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json.readTree(created.body()).get("item").get("summary").asText()).isEqualTo(summary);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  String proposal(String title, String summary) throws Exception {
    return json.writeValueAsString(Map.of("forumId", "ffu", "meetingId", meetingId, "title", title, "summary", summary));
  }

  void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isEqualTo(detail);
    assertThat(problem.get("title").asText()).isNotBlank().doesNotContain("Not Found", "Bad Request", "Unauthorized",
        "Forbidden", "Unsupported", "Payload");
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return send("GET", path, user, null, BodyPublishers.noBody());
  }

  HttpResponse<String> postJson(String path, String user, String body) throws Exception {
    return send("POST", path, user, "application/json", BodyPublishers.ofString(body));
  }

  HttpResponse<String> send(String method, String path, String user, String contentType, BodyPublisher body)
      throws Exception {
    return client.send(request(method, path, user, contentType, body).build(), BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String method, String path, String user, String contentType, BodyPublisher body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body).header("Accept", "application/json, application/problem+json");
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + (user.equals("admin") ? "test-admin" : "test")).getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder;
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : AgendaBadInputTest.TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
