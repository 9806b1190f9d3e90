package dk.nordjylland.governance.screen;

import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_NOTE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_REFERENCE;
import static dk.nordjylland.governance.agreement.CollaborationAgreementProcess.VERSION_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.agreement.AgreementVersion;
import dk.nordjylland.governance.agreement.Agreements;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.ScreenClient;
import dk.nordjylland.governance.support.TestMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The working group's draft of an agreement on its screen (ADR 0041): it sees the agreement, its current version and
 * the remarks; a new version is uploaded as a file (type by content, as attachments) or given as a reference; a wrong
 * file is refused on its field with nothing saved; the engine's REST API cannot skip the screen. 2320.
 */
@GovernanceTest
class AgreementVersionScreenTest {

  static final LocalDateTime NOW = LocalDateTime.of(2320, 2, 1, 9, 0);
  static final String SCREEN = "agreement-version";
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  @Autowired TestRestTemplate http;
  @Autowired ApiClient api;
  @Autowired TestMeetings testMeetings;
  @Autowired TaskService taskService;
  @Autowired Agreements agreements;
  @Autowired JdbcClient jdbc;

  String ffuMeeting;

  @BeforeEach
  void setUp() {
    Clock.set(NOW);
    ffuMeeting = testMeetings.create("ffu", NOW.plusDays(60));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aPdfUploadedOnTheScreenIsTheNewVersionAndAProgramNamedPdfIsRefusedOnTheField() throws IOException {
    long id = start("Samarbejdsaftale om KOL");
    String task = draftTask(id);
    ScreenClient nanna = new ScreenClient(http, "nanna.kirk");

    ResponseEntity<String> page = nanna.open(SCREEN, task);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"da\"").contains("Udarbejd aftaleudkast")
        .contains("Samarbejdsaftale om KOL").contains("Ingen version registreret endnu.")
        .contains("Bemærkninger at arbejde videre med").contains("Ingen bemærkninger.")
        .contains("enctype=\"multipart/form-data\"")
        .contains("<label for=\"versionFile\">Fil med den nye version</label>")
        .contains("højst 20 MB").doesNotContain("/api/agreements/" + id + "/versions\"");

    ResponseEntity<String> program = post(nanna, task, "udkast.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2},
        Map.of(VERSION_TITLE.getName(), "Udkast marts"));
    assertThat(program.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(program.getBody()).contains("id=\"versionFile-fejl\"").contains("Filen &#39;udkast.pdf&#39; kan ikke bruges: indholdet er et program. Filen kan være PDF")
        .contains("aria-invalid=\"true\"").contains("Udkast marts");
    assertThat(versions(id)).isZero();
    assertThat(open(task)).as("the task stays open").isTrue();

    ResponseEntity<String> engineRest = api.submitForm(task, "nanna.kirk",
        Map.of(VERSION_TITLE.getName(), "Via REST", VERSION_REFERENCE.getName(), "DOK-9"));
    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(versions(id)).isZero();

    byte[] pdf = pdf();
    ResponseEntity<String> done = post(nanna, task, "KOL udkast.pdf", pdf,
        Map.of(VERSION_TITLE.getName(), "Udkast marts", VERSION_NOTE.getName(), "Første udkast. Æøå."));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    assertThat(open(task)).isFalse();
    AgreementVersion version = agreements.currentVersion(id).orElseThrow();
    assertThat(version.number()).isEqualTo(1);
    assertThat(version.title()).isEqualTo("Udkast marts");
    assertThat(version.fileName()).isEqualTo("KOL udkast.pdf");
    assertThat(version.note()).isEqualTo("Første udkast. Æøå.");
    assertThat(version.createdBy()).isEqualTo("nanna.kirk");
    ResponseEntity<byte[]> download = http.withBasicAuth("nanna.kirk", "test")
        .getForEntity("/api/agreements/" + id + "/versions/1/content", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(versions(id)).as("one version, not a second one from the task's listener").isEqualTo(1);
  }

  @Test
  void aReferenceIsANewVersionTooAndNeitherFileNorReferenceIsRefused() {
    long id = start("Samarbejdsaftale om demens");
    assertThat(api.post("/api/agreements/" + id + "/versions", "nanna.kirk",
        Map.of("title", "Skitse", "reference", "DOK-1")).getStatusCode().value()).isEqualTo(201);
    String task = draftTask(id);
    ScreenClient nanna = new ScreenClient(http, "nanna.kirk");
    assertThat(nanna.open(SCREEN, task).getBody()).contains("Version 1: Skitse").contains("DOK-1");

    ResponseEntity<String> nothing = nanna.submit(SCREEN, task, Map.of(VERSION_TITLE.getName(), " ",
        VERSION_NOTE.getName(), "x"));
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nothing.getBody()).contains("id=\"versionTitle-fejl\"")
        .contains("Udfyld feltet &quot;Titel på den nye version&quot;.").contains("id=\"versionFile-fejl\"")
        .contains("Upload den nye version som fil, eller skriv et link eller dokumentnummer fra sagssystemet.");
    assertThat(versions(id)).isEqualTo(1);

    assertThat(nanna.submit(SCREEN, task, Map.of(VERSION_TITLE.getName(), "Udkast april", VERSION_REFERENCE.getName(),
        "https://sag.example.dk/dok/2")).getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    AgreementVersion version = agreements.currentVersion(id).orElseThrow();
    assertThat(version.number()).isEqualTo(2);
    assertThat(version.reference()).isEqualTo("https://sag.example.dk/dok/2");
    assertThat(version.hasContent()).isFalse();
    assertThat(open(task)).isFalse();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  long start(String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("withTermsOfReference", false);
    body.put("ffuMeetingId", ffuMeeting);
    ResponseEntity<String> response = api.post("/api/agreements", "karen.lund", body);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    return api.json(response).path("agreement").path("id").asLong();
  }

  String draftTask(long id) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("agreement-" + id)
        .taskDefinitionKey("userTask_draftAgreement").singleResult();
    assertThat(task).isNotNull();
    return task.getId();
  }

  boolean open(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).count() == 1;
  }

  long versions(long id) {
    return jdbc.sql("select count(*) from gov_agreement_version where agreement_id = ?").param(id)
        .query(Long.class).single();
  }

  /** The screen's form as the browser posts it: multipart with the file and the page's CSRF field. */
  static ResponseEntity<String> post(ScreenClient client, String task, String fileName, byte[] content,
      Map<String, String> fields) {
    Matcher token = CSRF.matcher(String.valueOf(client.open(SCREEN, task).getBody()));
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    form.add("_csrf", token.find() ? token.group(1) : "");
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_PDF);
    form.add("versionFile", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, part));
    return client.exchange(HttpMethod.POST, ScreenClient.path(SCREEN, task), MediaType.MULTIPART_FORM_DATA, form);
  }

  static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }
}
