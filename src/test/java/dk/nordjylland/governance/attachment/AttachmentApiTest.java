package dk.nordjylland.governance.attachment;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
import dk.nordjylland.governance.support.TestMeetings;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 point 8 (ADR 0035): an item's attachments are files. Uploaded over the API as multipart/form-data, checked
 * by content (not name) and size, stored in the database, listed with the item, downloaded byte for byte by the
 * forum's people only; an "eftersendes" attachment gets its file later and the members are mailed a link when the
 * agenda has gone out. Raw HTTP (java.net.http), so the multipart body and its Danish file names are exactly what a
 * browser sends. Meetings of their own in 2170, far from other classes' meetings.
 */
@GovernanceTest
class AttachmentApiTest {

  /** Tuesday 13 March 2170, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2170, 3, 13, 12, 0);
  static final String PROGRAM_MESSAGE = "kan ikke bruges som bilag: indholdet er et program. Bilag kan være PDF, Word"
      + " (DOCX), Excel (XLSX) og billeder (PNG, JPEG); filtypen afgøres af filens indhold, ikke af dens navn.";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired MeetingRun meetingRun;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationOutbox notifications;
  @Autowired Outbox outbox;
  @Autowired Documents documents;
  @Autowired GreenMail greenMail;
  @Autowired ItemAttachments attachments;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();

  String meetingId;
  ProcessInstance cycle;

  @BeforeEach
  void setUp() {
    init(engine);
    Clock.set(MEETING.minusDays(40));
    meetingId = testMeetings.create("ffu", MEETING);
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  // ------------------------------------------------------------------------------------------------ the tests

  @Test
  void aPdfIsUploadedListedWithTheItemAndDownloadedByteForByteWithItsDanishName() throws Exception {
    long itemId = propose("lone.berg", List.of());
    byte[] pdf = pdf();

    HttpResponse<String> created = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg",
        "Høringssvar fra Klynge Vest.pdf", pdf, "Høringssvar, Klynge Vest");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/items/" + itemId + "/attachments/1");
    JsonNode details = json.readTree(get("/api/items/" + itemId, "anna.holm").body());
    JsonNode attachment = details.get("attachments").get(0);
    assertThat(attachment.get("number").asInt()).isEqualTo(1);
    assertThat(attachment.get("title").asText()).isEqualTo("Høringssvar, Klynge Vest");
    assertThat(attachment.get("fileName").asText()).isEqualTo("Høringssvar fra Klynge Vest.pdf");
    assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attachment.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(attachment.get("uploadedBy").asText()).isEqualTo("lone.berg");
    assertThat(attachment.get("uploadedAt").asText()).startsWith("2170-02-01");
    assertThat(attachment.get("toFollow").asBoolean()).isFalse();
    assertThat(attachment.get("link").asText()).isEqualTo("/api/items/" + itemId + "/attachments/1");
    assertThat(details.get("history")).extracting(e -> e.get("kind").asText()).contains("ATTACHMENT_UPLOADED");

    // Another member of the forum downloads it: the same bytes, its type, its Danish name, no sniffing.
    HttpResponse<byte[]> download = download("/api/items/" + itemId + "/attachments/1", "anna.holm");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
    assertThat(disposition).startsWith("inline; filename=\"Hoeringssvar fra Klynge Vest.pdf\"; filename*=UTF-8''");
    assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
        .isEqualTo("Høringssvar fra Klynge Vest.pdf");

    // DOCX and XLSX are told apart by their package, not by name: a Word document named .xlsx is a Word document.
    HttpResponse<String> docx = upload("POST", "/api/items/" + itemId + "/attachments", "karen.lund",
        "regneark.xlsx", officeFile(FileTypeDetector.WORD_MAIN, "/word/document.xml", true, false), null);
    assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
    assertThat(json.readTree(docx.body()).get("contentType").asText()).isEqualTo(FileType.DOCX.contentType());
    assertThat(json.readTree(docx.body()).get("fileName").asText()).isEqualTo("regneark.xlsx.docx");
    assertThat(json.readTree(docx.body()).get("title").asText()).isEqualTo("regneark.xlsx");
    HttpResponse<String> xlsx = upload("POST", "/api/items/" + itemId + "/attachments", "mads.kjaer",
        "Budget 2027.xlsx", officeFile(FileTypeDetector.SHEET_MAIN, "/xl/workbook.xml", false, false), "Budget");
    assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(201);
    assertThat(json.readTree(xlsx.body()).get("contentType").asText()).isEqualTo(FileType.XLSX.contentType());
    HttpResponse<byte[]> sheet = download("/api/items/" + itemId + "/attachments/3", "lone.berg");
    assertThat(sheet.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"Budget 2027.xlsx\"");
    assertThat(json.readTree(get("/api/items/" + itemId + "/attachments", "lone.berg").body()))
        .extracting(a -> a.get("title").asText()).containsExactly("Høringssvar, Klynge Vest", "regneark.xlsx", "Budget");
  }

  @Test
  void aFileIsJudgedByItsContentAProgramOrTextNamedPdfIsRefusedInDanishAndNothingIsStored() throws Exception {
    long itemId = propose("lone.berg", List.of());
    Map<String, Long> before = counts(itemId);
    byte[] program = new byte[4096];
    byte[] header = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, program, 0, header.length);
    byte[] dos = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(dos, 0, program, 78, dos.length);
    program[60] = (byte) 0x80;
    program[0x80] = 'P';
    program[0x81] = 'E';

    HttpResponse<String> exe = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "referat.pdf",
        program, null);
    assertProblem(exe, 400, "Filen 'referat.pdf' " + PROGRAM_MESSAGE);

    HttpResponse<String> text = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "notat.pdf",
        "Dette er et notat, ikke en PDF.\n".repeat(20).getBytes(StandardCharsets.UTF_8), null);
    assertProblem(text, 400, "Filen 'notat.pdf' kan ikke bruges som bilag: indholdet er tekst. Bilag kan være PDF,"
        + " Word (DOCX), Excel (XLSX) og billeder (PNG, JPEG); filtypen afgøres af filens indhold, ikke af dens navn.");

    // Office packages with macros, and ZIPs that are no Word or Excel file, are refused too.
    HttpResponse<String> macros = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "brev.docx",
        officeFile(FileTypeDetector.WORD_MAIN, "/word/document.xml", true, true), null);
    assertThat(macros.statusCode()).isEqualTo(400);
    assertThat(json.readTree(macros.body()).get("detail").asText())
        .contains("indholdet er et ZIP-arkiv eller et Office-dokument med makroer");
    HttpResponse<String> noMainPart = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg",
        "tom.docx", officeFile(FileTypeDetector.WORD_MAIN, "/word/andet.xml", true, false, "word/document2.xml"), null);
    assertThat(noMainPart.statusCode()).isEqualTo(400);

    // No file, an empty file: a Danish message too.
    assertProblem(upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", null, null, "Titel"), 400,
        "Vælg den fil, der skal uploades som bilag.");
    assertProblem(upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "tom.pdf", new byte[0], null),
        400, "Filen 'tom.pdf' er tom.");
    assertThat(counts(itemId)).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIsRefused413InDanishAndNothingIsStored() throws Exception {
    long itemId = propose("lone.berg", List.of());
    Map<String, Long> before = counts(itemId);
    byte[] large = new byte[(int) attachments.maxSize() + 1];
    byte[] pdf = pdf();
    System.arraycopy(pdf, 0, large, 0, pdf.length);

    HttpResponse<String> response = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg",
        "stor.pdf", large, null);

    assertProblem(response, 413, "Filen 'stor.pdf' fylder 20,1 MB. Et bilag må højst fylde 20 MB.");
    assertThat(counts(itemId)).isEqualTo(before);
    // Far beyond the limit the container stops reading: 413 too, in Danish.
    HttpResponse<String> huge = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "stor.pdf",
        Arrays.copyOf(large, 2 * (int) attachments.maxSize() + 1024 * 1024 + 1), null);
    assertProblem(huge, 413, "Filen er for stor. Et bilag må højst fylde 20 MB.");
    assertThat(counts(itemId)).isEqualTo(before);
    // The limit itself is fine.
    byte[] fits = Arrays.copyOf(large, (int) attachments.maxSize());
    HttpResponse<String> taken = upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "stor.pdf",
        fits, null);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(download("/api/items/" + itemId + "/attachments/1", "karen.lund").body()).isEqualTo(fits);
  }

  @Test
  void anotherForumsUserGets404AndAMemberWhoDidNotProposeTheItemMayNotAddFiles() throws Exception {
    long itemId = propose("lone.berg", List.of());
    assertThat(upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "a.pdf", pdf(), null)
        .statusCode()).isEqualTo(201);
    Map<String, Long> before = counts(itemId);

    // henrik.dam sits in SSU only: the item, its files and its list are as unknown to him as a wrong id.
    assertProblem(upload("POST", "/api/items/" + itemId + "/attachments", "henrik.dam", "b.pdf", pdf(), null), 404,
        "Punkt " + itemId + " findes ikke.");
    HttpResponse<byte[]> foreign = download("/api/items/" + itemId + "/attachments/1", "henrik.dam");
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).contains("Punkt " + itemId + " findes ikke.")
        .doesNotContain("%PDF");
    assertThat(get("/api/items/" + itemId + "/attachments", "henrik.dam").statusCode()).isEqualTo(404);

    // anna.holm is an FFU member: she reads the file but adds none to another member's item.
    assertThat(download("/api/items/" + itemId + "/attachments/1", "anna.holm").statusCode()).isEqualTo(200);
    assertProblem(upload("POST", "/api/items/" + itemId + "/attachments", "anna.holm", "b.pdf", pdf(), null), 403,
        "Bilag til punktet 'Orientering: Bilag til test' tilføjes af forslagsstilleren eller af Fælles"
            + " Forretningsudvalgs sekretariat eller formand.");
    assertThat(download("/api/items/" + itemId + "/attachments/2", "anna.holm").statusCode()).isEqualTo(404);
    assertThat(counts(itemId)).isEqualTo(before);
  }

  @Test
  void aDecidedItemTakesNoMoreFiles() throws Exception {
    long itemId = propose("lone.berg", List.of(Map.of("title", "Notat", "toFollow", true)));
    meetingRun.hold(meetingId);
    Map<String, Long> before = counts(itemId);

    assertProblem(upload("POST", "/api/items/" + itemId + "/attachments", "karen.lund", "a.pdf", pdf(), null), 409,
        "Punktet 'Orientering: Bilag til test' er behandlet og afgjort; der kan ikke længere tilføjes bilag til det.");
    assertThat(upload("PUT", "/api/items/" + itemId + "/attachments/1", "karen.lund", "a.pdf", pdf(), null)
        .statusCode()).isEqualTo(409);
    assertThat(counts(itemId)).isEqualTo(before);
  }

  @Test
  void anAttachmentSentLaterReplacesTheAnnouncedOneAndTheMembersAreMailedALink() throws Exception {
    long itemId = propose("lone.berg", List.of(Map.of("title", "Budget 2027", "toFollow", true)));
    byte[] pdf = pdf();
    assertThat(upload("POST", "/api/items/" + itemId + "/attachments", "lone.berg", "Kommissorium.pdf", pdf,
        "Kommissorium").statusCode()).isEqualTo(201);
    // Before the agenda goes out, a file sent later mails nobody: it goes with the agenda.
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    execute(job(AGENDA_PUBLICATION, cycle));
    int position = jdbc.sql("select position from gov_agenda_entry where meeting_id = ? and item_id = ?")
        .params(meetingId, itemId).query(Integer.class).single();

    // The agenda lists both: the file by name and size, the announced one as "eftersendes"; the mail links the file.
    String agendaText = pdfText(documents.latest(meetingId, DocumentKind.AGENDA).orElseThrow().content());
    assertThat(agendaText).contains("Bilag 1: Budget 2027 (eftersendes)",
        "Bilag 2: Kommissorium (Kommissorium.pdf, " + FileSizes.danish(pdf.length) + ")");
    ReceivedMail agendaMail = ReceivedMail.of(deliver(notification(NotificationKind.AGENDA)).get(0));
    String fileLink = "http://localhost:8080/sager/" + itemId + "/bilag/2"; // the portal's, ADR 0062
    assertThat(agendaMail.text()).contains("Punkt " + position + ": Orientering: Bilag til test (eftersendes: Budget"
        + " 2027)", "Bilag 2 til punkt " + position + ": Kommissorium (" + FileSizes.danish(pdf.length) + "): "
        + fileLink);
    assertThat(agendaMail.html()).contains("href=\"" + fileLink + "\"");
    assertThat(agendaMail.attachments().keySet()).noneMatch(name -> name.startsWith("Kommissorium"));
    assertThat(download("/api/items/" + itemId + "/attachments/1", "anna.holm").statusCode()).isEqualTo(404);

    // The secretariat supplies the announced file.
    byte[] sheet = officeFile(FileTypeDetector.SHEET_MAIN, "/xl/workbook.xml", false, false);
    HttpResponse<String> supplied = upload("PUT", "/api/items/" + itemId + "/attachments/1", "karen.lund",
        "budget-2027.xlsx", sheet, null);

    assertThat(supplied.statusCode()).as(supplied.body()).isEqualTo(200);
    JsonNode attachment = json.readTree(supplied.body());
    assertThat(attachment.get("number").asInt()).isEqualTo(1);
    assertThat(attachment.get("title").asText()).isEqualTo("Budget 2027");
    assertThat(attachment.get("toFollow").asBoolean()).isFalse();
    assertThat(attachment.get("uploadedBy").asText()).isEqualTo("karen.lund");
    assertThat(download("/api/items/" + itemId + "/attachments/1", "anna.holm").body()).isEqualTo(sheet);

    Notification later = notification(NotificationKind.ATTACHMENT_SENT_LATER);
    assertThat(later.recipientGroup()).isEqualTo("ffu-members");
    List<MimeMessage> sent = deliver(later);
    assertThat(recipients(sent)).containsExactlyInAnyOrderElementsOf(emails("ffu-members"));
    ReceivedMail mail = ReceivedMail.of(sent.get(0));
    String link = "http://localhost:8080/sager/" + itemId + "/bilag/1"; // the portal's, ADR 0062
    assertThat(sent.get(0).getSubject()).startsWith("Eftersendt bilag til Fælles Forretningsudvalg, tirsdag den"
        + " 13. marts 2170");
    assertThat(mail.text()).contains("Bilag 1 til punkt " + position + " \"Orientering: Bilag til test\"",
        "er eftersendt", "Budget 2027 (budget-2027.xlsx, 1 kB)", "Hent bilag 1: Budget 2027: " + link);
    assertThat(mail.html()).contains("href=\"" + link + "\"");
    assertThat(mail.attachments()).isEmpty();

    // Once it has its file, it is not replaced by PUT again.
    assertProblem(upload("PUT", "/api/items/" + itemId + "/attachments/1", "karen.lund", "b.pdf", pdf, null), 409,
        "Bilag 1 (Budget 2027) har allerede en fil. Et nyt bilag tilføjes som et nyt bilag til punktet.");
    assertThat(upload("PUT", "/api/items/" + itemId + "/attachments/9", "karen.lund", "b.pdf", pdf, null)
        .statusCode()).isEqualTo(404);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** An item proposed to the test meeting by the user, with attachments announced by title; returns its id. */
  long propose(String user, List<Map<String, Object>> announced) throws Exception {
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("forumId", "ffu");
    proposal.put("meetingId", meetingId);
    proposal.put("title", "Orientering: Bilag til test");
    proposal.put("attachments", announced);
    HttpResponse<String> response = client.send(request("POST", "/api/items", user)
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json.writeValueAsString(proposal))).build(), BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("item").get("id").asLong();
  }

  /** A multipart/form-data upload as a browser sends it: UTF-8 names; no file part when fileName is null. */
  HttpResponse<String> upload(String method, String path, String user, String fileName, byte[] content, String title)
      throws Exception {
    String boundary = "----bilag" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (title != null) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    if (fileName != null) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(request(method, path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .method(method, BodyPublishers.ofByteArray(body.toByteArray())).build(), BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String path, String user) throws Exception {
    return client.send(request("GET", path, user).GET().build(), BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return client.send(request("GET", path, user).GET().build(), BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String method, String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, application/problem+json, */*")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":test")
            .getBytes(StandardCharsets.UTF_8)));
  }

  void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("detail").asText()).isEqualTo(detail);
    assertThat(response.body()).doesNotContain("Exception", "org.", "java.");
  }

  /** Rows of the item's attachments, their files and its history: unchanged by a refused upload. */
  Map<String, Long> counts(long itemId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("gov_item_attachment", "gov_item_attachment_file", "gov_item_event")) {
      counts.put(table, jdbc.sql("select count(*) from " + table + " where item_id = ?").param(itemId)
          .query(Long.class).single());
    }
    counts.put("notifications", (long) notifications.ofMeeting(meetingId).size());
    return counts;
  }

  static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * A minimal Office Open XML package whose content types name {@code mainType} for {@code partName}; that part is in
   * the package unless other entries are given instead. {@code typesFirst}: [Content_Types].xml as the first entry (as
   * Word writes it) or the last; {@code macros}: with a vbaProject.bin.
   */
  static byte[] officeFile(String mainType, String partName, boolean typesFirst, boolean macros, String... parts)
      throws IOException {
    String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"" + partName + "\" ContentType=\"" + mainType + "\"/></Types>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (typesFirst) {
        entry(zip, "[Content_Types].xml", types);
      }
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
      for (String part : parts.length == 0 ? new String[] {partName.substring(1)} : parts) {
        entry(zip, part, "<?xml version=\"1.0\"?><root/>");
      }
      if (macros) {
        entry(zip, "word/vbaProject.bin", "makro");
      }
      if (!typesFirst) {
        entry(zip, "[Content_Types].xml", types);
      }
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  Notification notification(NotificationKind kind) {
    List<Notification> found = notifications.ofMeeting(meetingId).stream().filter(n -> n.kind() == kind).toList();
    assertThat(found).as("%s notifications of %s", kind, meetingId).hasSize(1);
    return found.get(0);
  }

  /** Executes the notification's delivery job; the messages GreenMail received for it (one per recipient). */
  List<MimeMessage> deliver(Notification notification) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    return NotificationMails.received(greenMail, notification.id());
  }

  List<String> emails(String groupId) {
    return NotificationMails.emails(engine.getIdentityService(), groupId);
  }

  static List<String> recipients(List<MimeMessage> messages) throws Exception {
    List<String> to = new ArrayList<>();
    for (Address a : messages.get(0).getRecipients(Message.RecipientType.TO)) {
      to.add(((InternetAddress) a).getAddress());
    }
    return to;
  }

}
