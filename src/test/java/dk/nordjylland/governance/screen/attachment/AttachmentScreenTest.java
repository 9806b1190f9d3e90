package dk.nordjylland.governance.screen.attachment;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.attachment.ItemAttachments;
import dk.nordjylland.governance.attachment.ItemAttachments.Upload;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.screen.InvalidScreenInput;
import dk.nordjylland.governance.screen.ScreenInput;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.ScreenClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments on a task screen (ADR 0033, 0035): the chair's agenda approval lists the items' files as links that open
 * with the Tasklist's login, gives an announced ("eftersendes") attachment its file without completing the task, and a
 * refused file says why in Danish and stores nothing; a screen's own form reads a file field with the message on the
 * field. Meetings of their own in 2171.
 */
@GovernanceTest
class AttachmentScreenTest {

  /** Thursday 13 March 2171, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2171, 3, 13, 12, 0);
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ApiClient api;
  @Autowired Items items;
  @Autowired ItemAttachments attachments;
  @Autowired ScreenAttachments screenAttachments;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  final ObjectMapper json = new ObjectMapper();

  String meetingId;
  long itemId;
  String task;
  byte[] pdf;

  @BeforeEach
  void atTheAgendaApprovalWithAnItemWithAFileAndAnAnnouncedOne() throws Exception {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    ResponseEntity<String> proposed = api.post("/api/items", "lone.berg", Map.of("forumId", "ffu",
        "meetingId", meetingId, "title", "Godkendelse: Budget for sundhedsaftalen",
        "attachments", List.of(Map.of("title", "Budget 2027", "toFollow", true))));
    itemId = api.body(proposed).get("item").get("id").asLong();
    pdf = pdf();
    attachments.upload(itemId, "Notat om budgettet", new Upload("notat.pdf", pdf.length, pdf), "lone.berg");
    run.toAgendaApproval(meetingId);
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(meetingId).singleResult();
    assertThat(cycle).isWaitingAt(APPROVE_AGENDA);
    task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(APPROVE_AGENDA).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theChairSeesTheFilesAsLinksAndGivesTheAnnouncedOneItsFileWithoutCompletingTheTask() {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    String page = chair.open("approve-agenda", task).getBody();
    String link = "/api/items/" + itemId + "/attachments/2";
    assertThat(page).contains("<h2 id=\"bilag-overskrift\">Bilag</h2>")
        .contains("href=\"" + link + "\">Bilag 2: Notat om budgettet</a>")
        .contains("(PDF, 1 kB; notat.pdf; uploadet af Lone Berg, 1. februar 2171 kl. 12.00)")
        .contains("Bilag 1: Budget 2027").contains("(eftersendes)")
        .contains("Upload eftersendt bilag til punkt");
    // The page's own upload form: multipart to the handler, the page's CSRF field, back to this task's screen.
    assertThat(page).contains("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/screens/attachments/"
            + itemId + "\">")
        .contains("<input type=\"hidden\" name=\"back\" value=\"approve-agenda\">")
        .contains("<input type=\"hidden\" name=\"taskId\" value=\"" + task + "\">")
        .containsPattern("<input type=\"radio\" name=\"number\" value=\"1\">\\s*<span>filen til bilag 1: Budget"
            + " 2027</span>")
        .contains("<label for=\"bilag-fil-" + itemId + "\">Fil</label>");
    // The link opens with the Tasklist's login: the file itself.
    assertThat(chair.get(link).getStatusCode()).isEqualTo(HttpStatus.OK);

    byte[] sheet = officeSheet();
    ResponseEntity<String> posted = post(chair, page, "budget-2027.xlsx", sheet, Map.of("number", "1"));

    assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
    URI back = posted.getHeaders().getLocation();
    assertThat(back.getPath()).isEqualTo("/screens/approve-agenda");
    assertThat(back.getRawQuery()).startsWith("taskId=" + task + "&callbackUrl=").endsWith("&bilag=" + itemId + "-1");
    String after = chair.get(back.getRawPath() + "?" + back.getRawQuery()).getBody();
    assertThat(after).contains("Bilaget er gemt.")
        .contains("href=\"/api/items/" + itemId + "/attachments/1\">Bilag 1: Budget 2027</a>")
        .doesNotContain("(eftersendes)").doesNotContain("Upload eftersendt bilag til punkt");
    assertThat(items.attachments(itemId).get(0).uploadedBy()).isEqualTo("mads.kjaer");
    assertThat(jdbc.sql("select content from gov_item_attachment_file where item_id = ? and number = 1")
        .param(itemId).query(byte[].class).single()).isEqualTo(sheet);
    // The approval itself is still to be done.
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void aRefusedFileSaysWhyInDanishAndAForgedPostIsRefusedAndNothingIsStored() throws Exception {
    ScreenClient chair = new ScreenClient(http, "mads.kjaer");
    String page = chair.open("approve-agenda", task).getBody();
    long files = files();

    byte[] program = new byte[1024];
    program[0] = 'M';
    program[1] = 'Z';
    ResponseEntity<String> refused = post(chair, page, "budget.pdf", program, Map.of("number", "1"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("<h1>Bilaget er ikke gemt</h1>")
        .contains("Filen &#39;budget.pdf&#39; kan ikke bruges som bilag: indholdet er et program.")
        .contains("Intet er gemt, og opgaven er ikke udført.")
        .contains("href=\"/screens/approve-agenda?taskId=" + task + "&amp;callbackUrl=")
        .doesNotContain("Exception");

    // Without the page's CSRF field (a form on another site): refused before anything is read.
    MultiValueMap<String, Object> forged = form("b.pdf", pdf, Map.of("back", "approve-agenda"));
    ResponseEntity<String> response = chair.exchange(HttpMethod.POST, "/screens/attachments/" + itemId,
        MediaType.MULTIPART_FORM_DATA, forged);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(files()).isEqualTo(files);
    assertThat(items.attachments(itemId)).hasSize(2);
  }

  @Test
  void aScreensOwnFormReadsAFileFieldWithTheMessageOnTheFieldAndStoresItWhenValid() throws Exception {
    String field = ScreenAttachments.fileField(itemId);
    MultiValueMap<String, MultipartFile> program = new LinkedMultiValueMap<>();
    program.add(field, new MockMultipartFile(field, "referat.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}));
    ScreenInput refused = new ScreenInput(new LinkedMultiValueMap<>(), program);
    assertThat(screenAttachments.read(refused, itemId, "karen.lund")).isEmpty();
    assertThat(errors(refused)).containsOnlyKeys(field);
    assertThat(errors(refused).get(field)).startsWith("Filen 'referat.pdf' kan ikke bruges"
        + " som bilag: indholdet er et program.");

    MultiValueMap<String, MultipartFile> fine = new LinkedMultiValueMap<>();
    fine.add(field, new MockMultipartFile(field, "bilag.pdf", "application/pdf", pdf));
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    values.add(ScreenAttachments.titleField(itemId), "Referat fra arbejdsgruppen");
    ScreenInput notHers = new ScreenInput(values, fine);
    assertThat(screenAttachments.read(notHers, itemId, "anna.holm")).isEmpty();
    assertThat(errors(notHers).get(field)).contains("tilføjes af forslagsstilleren");

    ScreenInput valid = new ScreenInput(values, fine);
    Optional<ScreenAttachments.Pending> pending = screenAttachments.read(valid, itemId, "karen.lund");
    assertThat(errors(valid)).isEmpty();
    assertThat(pending).isPresent();
    assertThat(items.attachments(itemId)).hasSize(2);
    screenAttachments.store(pending.get(), "karen.lund");
    assertThat(items.attachments(itemId)).hasSize(3);
    assertThat(screenAttachments.of(itemId).get(2)).satisfies(line -> {
      assertThat(line.title()).isEqualTo("Referat fra arbejdsgruppen");
      assertThat(line.type()).isEqualTo("PDF");
      assertThat(line.uploaded()).startsWith("Karen Lund, ");
    });
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The page's own upload form, posted with the page's CSRF field. */
  ResponseEntity<String> post(ScreenClient client, String page, String fileName, byte[] content,
      Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token(page));
    all.put("back", "approve-agenda");
    all.put("taskId", task);
    all.put("callbackUrl", "http://localhost/camunda/app/tasklist/default/");
    return client.exchange(HttpMethod.POST, "/screens/attachments/" + itemId, MediaType.MULTIPART_FORM_DATA,
        form(fileName, content, all));
  }

  /** The field errors the input collected (what the screen would show on its fields). */
  static Map<String, String> errors(ScreenInput input) {
    try {
      input.requireValid();
      return Map.of();
    } catch (InvalidScreenInput e) {
      return e.errors();
    }
  }

  static String token(String page) {
    Matcher token = CSRF.matcher(page == null ? "" : page);
    return token.find() ? token.group(1) : "";
  }

  static MultiValueMap<String, Object> form(String fileName, byte[] content, Map<String, String> fields) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, part));
    return form;
  }

  long files() {
    return jdbc.sql("select count(*) from gov_item_attachment_file where item_id = ?").param(itemId)
        .query(Long.class).single();
  }

  static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] officeSheet() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
        zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
