package dk.nordjylland.governance.document;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_ESCALATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.ITEM_DEADLINE_REMINDER;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.consultation.ConsultationOpening;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.consultation.ConsultationRequest;
import dk.nordjylland.governance.consultation.Consultations;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.invitation.Invitations;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposal.AttachmentProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.mail.NotificationDeliveryProcess;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingMover;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.FlowNodeCoverage;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
import dk.nordjylland.governance.support.TestMeetings;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #5: the agenda and minutes as PDF from the meeting's data, delivered by e-mail through a real SMTP server
 * (GreenMail, started by the test profile) with the PDF and the calendar invitation attached; the escalation of an
 * overdue deadline as mail to the chair; an updated invitation when a meeting moves; user input stays text.
 *
 * <p>Meetings of their own in 2031 (FFU), so no calendar meeting of another test is in between.
 */
@GovernanceTest
class MeetingDocumentsAndMailTest {

  /** Friday 14 March 2031 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2031, 3, 14, 12, 0);
  static final String SCRIPT_TITLE = "Orientering: <script>alert('hej')</script> om <b>data</b> & deling";
  static final String SCRIPT_DECISION = "Drøftet. <img src=x onerror=alert(1)> blev vist som tekst.";

  @Autowired ProcessEngine engine;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired Notifications notifications;
  @Autowired NotificationOutbox written;
  @Autowired Documents documents;
  @Autowired Outbox outbox;
  @Autowired MeetingMover mover;
  @Autowired GreenMail greenMail;
  @Autowired FollowUps followUps;
  @Autowired Consultations consultations;
  @Autowired ConsultationOpening opening;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;

  static final Set<String> DELIVERIES = new HashSet<>();
  static ProcessEngine usedEngine;

  String meetingId;
  ProcessInstance cycle;

  @BeforeEach
  void setUp() {
    init(engine);
    usedEngine = engine;
    Clock.set(MEETING.minusDays(40));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @AfterAll
  static void everyFlowNodeOfTheDeliveryIsCovered() {
    assertThat(FlowNodeCoverage.missed(usedEngine, NotificationDeliveryProcess.KEY, DELIVERIES))
        .as("flow nodes of notificationDelivery that no test passed").isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ the tests

  @Test
  void theAgendaAndTheMinutesArePdfsWithTheItemsInOrderAndAreMailedWithThemAttached() throws Exception {
    startCycle(MEETING);
    List<Long> proposed = new ArrayList<>();
    proposed.add(propose("Godkendelse: Revideret samarbejdsaftale om osteoporose", "1-22-72-4227-24",
        "Udkast til revideret aftale om osteoporose.", "Aftalen er revideret af arbejdsgruppen.\n\n- Ny tovholder\n- Nye"
            + " henvisningskriterier", "Ingen udgifter ud over de eksisterende rammer.", "Aftalen sendes til SSF.",
        List.of("Godkender aftalen.", "Indstiller aftalen til godkendelse i Strategisk Sundhedsforum."),
        List.of(new AttachmentProposal("Samarbejdsaftale osteoporose", true),
            new AttachmentProposal("Høringssvar", false))));
    proposed.add(propose(SCRIPT_TITLE, "1-01-72-1044-24", "<i>Kursiv</i> & \"citat\" skal stå som tekst.", null, null,
        null, List.of("Tager <u>orienteringen</u> til efterretning."), List.of()));
    proposed.add(propose("Drøftelse: Dagsorden til Strategisk Sundhedsforum", null, "Punkter i pipeline.", null, null,
        null, List.of("Drøfter punkterne."), List.of()));
    proposed.add(propose("Orientering: Sundhedsberedskab", "1-31-72-12-25", "Redegørelse.", null, null, null,
        List.of("Tager orienteringen til efterretning."), List.of()));
    proposed.add(propose("Beslutning: Kontaktpersoner", null, "Udpegning.", null, null, null,
        List.of("Beslutter at udpege kontaktpersoner."), List.of()));

    // Call closed, every item accepted in the order of the pipeline, agenda approved and published by its timer.
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    execute(job(AGENDA_PUBLICATION, cycle));

    List<AgendaEntry> entries = items.agenda(meetingId);
    assertThat(entries).hasSizeGreaterThanOrEqualTo(10);
    assertThat(entries.stream().map(AgendaEntry::itemId).toList()).containsAll(proposed);

    StoredDocument agendaPdf = documents.latest(meetingId, DocumentKind.AGENDA).orElseThrow();
    assertThat(agendaPdf.version()).isEqualTo(1);
    assertThat(agendaPdf.content()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    keep(agendaPdf);
    String text = pdfText(agendaPdf.content());
    assertThat(text).contains("Dagsorden", "Møde:", "Fælles Forretningsudvalg", "Tid:", "Fredag den 14. marts 2031 kl. 12.00",
        "Sted:", "Mødelokale D, Regionhuset", "Deltagere:", "Afbud:", "Gæster:", "Sagsnr.:", "1-22-72-4227-24",
        "Indholdsfortegnelse", "Resumé", "Udkast til revideret aftale om osteoporose.", "Sagsfremstilling",
        "Ny tovholder", "Økonomi", "Ingen udgifter", "Fortsat sagsbehandling", "Aftalen sendes til SSF.", "Indstilling",
        "Det indstilles, at Fælles Forretningsudvalg:", "1. Godkender aftalen.",
        "2. Indstiller aftalen til godkendelse i Strategisk Sundhedsforum.",
        "Bilag 1: Samarbejdsaftale osteoporose (eftersendes)", "Bilag 2: Høringssvar");
    assertThat(text).doesNotContain("Bilag 2: Høringssvar (eftersendes)").doesNotContainPattern("(?m)^Beslutning\\s*$");
    // Every item, in agenda order, as a heading "Punkt n: title" (after the table of contents).
    String body = text.substring(text.lastIndexOf("Indholdsfortegnelse"));
    assertInOrder(body.substring(body.indexOf("Punkt 1: ", body.indexOf("Punkt " + entries.size() + ": ") + 1)),
        entries.stream().map(e -> "Punkt " + e.position() + ": " + firstLine(title(e))).toList());
    // What a user typed stays text: no markup is interpreted.
    assertThat(text).contains("<script>alert('hej')</script> om <b>data</b> & deling",
        "<i>Kursiv</i> & \"citat\" skal stå som tekst.", "Tager <u>orienteringen</u> til efterretning.");

    // The agenda mail to FFU's members: PDF and invitation attached, the items listed, markup escaped.
    Notification agendaMail = notification(NotificationKind.AGENDA);
    assertThat(agendaMail.recipientGroup()).isEqualTo("ffu-members");
    List<MimeMessage> sent = deliver(agendaMail);
    assertThat(recipients(sent)).containsAll(emails("ffu-members")).hasSameSizeAs(emails("ffu-members"));
    ReceivedMail mail = ReceivedMail.of(sent.get(0));
    assertThat(sent.get(0).getSubject()).isEqualTo(agendaMail.subject());
    assertThat(mail.attachments().keySet()).containsExactly("dagsorden-" + meetingId + ".pdf",
        "moedeinvitation-" + meetingId + ".ics");
    assertThat(mail.attachments().get("dagsorden-" + meetingId + ".pdf")).isEqualTo(agendaPdf.content());
    String ics = new String(mail.attachments().get("moedeinvitation-" + meetingId + ".ics"), StandardCharsets.UTF_8);
    assertThat(ics).contains("METHOD:REQUEST", "UID:" + Invitations.uid(meetingId), "SEQUENCE:0",
        "DTSTART:20310314T110000Z", "DTEND:20310314T130000Z", "LOCATION:Mødelokale D\\, Regionhuset");
    assertThat(mail.html()).contains("Til ", "Dagsordenens punkter", "dagsorden-" + meetingId + ".pdf",
        "/moeder/" + meetingId + "/dagsorden.pdf?version=" + agendaPdf.version(),
        "&lt;script&gt;alert(&#39;hej&#39;)&lt;/script&gt; om &lt;b&gt;data&lt;/b&gt; &amp; deling")
        .doesNotContain("<script>", "<b>data</b>");
    assertThat(mail.text()).contains("Dagsordenens punkter", SCRIPT_TITLE);
    assertThat(outbox.delivery(agendaMail.id()).orElseThrow().status()).isEqualTo("SENT");

    // The meeting is held: decisions recorded, minutes drafted and approved, then published as PDF.
    execute(job(MEETING_START, cycle));
    StringBuilder decisions = new StringBuilder("[");
    for (AgendaEntry e : entries) {
      String decision = e.itemId().equals(proposed.get(1)) ? SCRIPT_DECISION : "Beslutning om punkt " + e.position() + ".";
      String outcome = e.itemId().equals(proposed.get(1)) ? "DISCUSSED" : "TAKEN_TO_NOTICE";
      decisions.append(decisions.length() > 1 ? "," : "").append("{\"itemId\":").append(e.itemId())
          .append(",\"outcome\":\"").append(outcome).append("\",\"decisionText\":\"").append(decision).append("\"}");
    }
    complete(task(RECORD_MEETING, cycle), withVariables("decisions", decisions.append("]").toString(),
        "absentees", "lone.berg", "guests", "Gitte Gæst, Region Nordjylland"));
    complete(task(DRAFT_MINUTES, cycle), withVariables(COMMENT_ROUND.getName(), false));
    complete(task(APPROVE_MINUTES, cycle), withVariables(MINUTES_APPROVED.getName(), true));
    assertThat(cycle).isEnded();

    StoredDocument minutesPdf = documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow();
    keep(minutesPdf);
    String minutes = pdfText(minutesPdf.content());
    assertThat(minutes).contains("Referat", "Afbud:", "Lone Berg", "Gæster:", "Gitte Gæst, Region Nordjylland",
        "Beslutning", "Taget til efterretning", "Drøftet", SCRIPT_DECISION);
    String minutesBody = minutes.substring(minutes.indexOf("Punkt 1: ", minutes.indexOf("Punkt " + entries.size() + ": ") + 1));
    List<String> expected = new ArrayList<>();
    for (AgendaEntry e : entries) {
      expected.add("Punkt " + e.position() + ": " + firstLine(title(e)));
      expected.add(e.itemId().equals(proposed.get(1)) ? SCRIPT_DECISION : "Beslutning om punkt " + e.position() + ".");
    }
    assertInOrder(minutesBody, expected);
    // Lone Berg sent apologies: not among the participants.
    String header = minutes.substring(0, minutes.indexOf("Afbud:"));
    assertThat(header).doesNotContain("Lone Berg");

    Notification minutesMail = notification(NotificationKind.MINUTES);
    ReceivedMail minutesMessage = ReceivedMail.of(deliver(minutesMail).get(0));
    assertThat(minutesMessage.attachments().keySet()).containsExactly("referat-" + meetingId + ".pdf");
    assertThat(minutesMessage.text()).contains("Beslutninger", "Drøftet");

    // Downloadable from the API by an authenticated user, not without login.
    ResponseEntity<byte[]> download = http.withBasicAuth("lone.berg", "test")
        .getForEntity("/api/meetings/" + meetingId + "/documents/minutes.pdf", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getBody()).isEqualTo(minutesPdf.content());
    assertThat(http.getForEntity("/api/meetings/" + meetingId + "/documents/agenda.pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> list = http.withBasicAuth("lone.berg", "test")
        .getForEntity("/api/meetings/" + meetingId + "/documents", String.class);
    assertThat(list.getBody()).contains("\"kind\":\"AGENDA\"", "\"kind\":\"MINUTES\"", "\"kind\":\"INVITATION\"");
  }

  @Test
  void anOverdueItemDeadlineIsMailedToTheChairThroughTheSmtpServer() throws Exception {
    startCycle(MEETING.plusWeeks(2));
    Clock.set(Clock.of(job(ITEM_DEADLINE_REMINDER, cycle).getDuedate()).plusMinutes(1));
    execute(job(ITEM_DEADLINE_REMINDER, cycle));
    Clock.set(Clock.of(job(ITEM_DEADLINE_ESCALATION, cycle).getDuedate()).plusMinutes(1));
    execute(job(ITEM_DEADLINE_ESCALATION, cycle));

    Notification escalation = notification(NotificationKind.ESCALATION);
    assertThat(escalation.recipientGroup()).isEqualTo("ffu-chair");
    List<MimeMessage> sent = deliver(escalation);
    assertThat(recipients(sent)).containsExactlyInAnyOrderElementsOf(emails("ffu-chair"))
        .contains(engine.getIdentityService().createUserQuery().userId("mads.kjaer").singleResult().getEmail());
    ReceivedMail mail = ReceivedMail.of(sent.get(0));
    assertThat(sent.get(0).getSubject()).startsWith("Eskalering: indkaldelsen af punkter til Fælles Forretningsudvalg");
    assertThat(mail.text()).contains("Fristen for dagsordenspunkter var", "sekretariatet har endnu ikke lukket");
    // The chair has no task of the call for items to open: the mail links to the Tasklist.
    assertThat(mail.text()).contains("Opgaver i Tasklist: http://localhost:8080/camunda/app/tasklist/")
        .doesNotContain("?task=");
    assertThat(mail.attachments()).isEmpty();
    assertThat(outbox.delivery(escalation.id()).orElseThrow())
        .satisfies(d -> {
          assertThat(d.status()).isEqualTo("SENT");
          assertThat(d.sentAt()).isNotNull();
          assertThat(d.attempts()).isEqualTo(1);
        });
  }

  /** Issue 14: a mail about a task opens that task in the Tasklist, not the Tasklist's start page. */
  @Test
  void aReminderAboutAFollowUpActionLinksToTheOwnersTask() throws Exception {
    startCycle(MEETING.plusWeeks(4));
    long actionId = followUps.startAction(null, meetingId, "Sekretariatet sender mødekalenderen til klyngerne.",
        "lone.berg", MEETING.plusWeeks(5).toLocalDate());
    ProcessInstance action = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(FollowUpActionProcess.businessKey(actionId)).singleResult();
    String taskId = task(FollowUpActionProcess.Elements.CARRY_OUT_ACTION, action).getId();
    Clock.set(Clock.of(job(FollowUpActionProcess.Elements.ACTION_REMINDER, action).getDuedate()).plusMinutes(1));
    execute(job(FollowUpActionProcess.Elements.ACTION_REMINDER, action));

    Notification reminder = notification(NotificationKind.REMINDER);
    assertThat(reminder.recipientUser()).isEqualTo("lone.berg");
    ReceivedMail mail = ReceivedMail.of(deliver(reminder).get(0));
    String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId;
    assertThat(mail.text()).contains("Åbn opgaven i Tasklist: " + link);
    assertThat(mail.html()).contains("href=\"" + link + "\"");
  }

  /** A consultation's opening mail is written before its reply tasks exist; it links to the group's reply task. */
  @Test
  void aConsultationsOpeningMailLinksToTheRespondentsReplyTask() throws Exception {
    long id = opening.open(new ConsultationRequest("Status på forløbsprogrammer",
        "Hvor langt er I med forløbsprogrammerne?", "ffu-secretariat", List.of("cluster-nord-secretaries"),
        MEETING.minusDays(21).toLocalDate(), null), "karen.lund");
    String processInstance = consultations.get(id).processInstanceId();
    String replyTask = engine.getTaskService().createTaskQuery().processInstanceId(processInstance)
        .taskDefinitionKey(ConsultationProcess.Elements.REPLY).singleResult().getId();
    Notification opening = jdbc.sql("select * from gov_notification where kind = 'CONSULTATION'"
        + " and task_process_instance_id = ?").param(processInstance).query(Notification.class).single();

    ReceivedMail mail = ReceivedMail.of(deliver(opening).get(0));
    assertThat(mail.text()).contains("Åbn opgaven i Tasklist: http://localhost:8080/camunda/app/tasklist/default/#/?task="
        + replyTask);
  }

  @Test
  void aMovedMeetingSendsAnUpdatedInvitationWithTheSameUidAndAHigherSequence() throws Exception {
    startCycle(MEETING.plusWeeks(4));
    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    execute(job(AGENDA_PUBLICATION, cycle));
    String first = ics(ReceivedMail.of(deliver(notification(NotificationKind.AGENDA)).get(0)));
    assertThat(first).contains("UID:" + Invitations.uid(meetingId), "SEQUENCE:0", "DTSTART:20310411T100000Z");

    // Tuesday 15 April 2031 (the day before is Easter Monday, where a meeting cannot be moved to).
    LocalDateTime newStart = MEETING.plusWeeks(4).plusDays(4).withHour(14).withMinute(30);
    mover.move(meetingId, newStart, newStart.plusMinutes(90));

    Notification moved = notification(NotificationKind.MEETING_MOVED);
    List<MimeMessage> sent = deliver(moved);
    assertThat(recipients(sent)).containsAll(emails("ffu-members"));
    String second = ics(ReceivedMail.of(sent.get(0)));
    assertThat(second).contains("UID:" + Invitations.uid(meetingId), "SEQUENCE:1", "DTSTART:20310415T123000Z",
        "DTEND:20310415T140000Z", "METHOD:REQUEST");
    assertThat(documents.latest(meetingId, DocumentKind.INVITATION).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aMailThatCannotBeSentIsMarkedFailedAndItsJobRetriesLater() {
    startCycle(MEETING.plusWeeks(6));
    notifications.toUser("nobody.known", NotificationKind.ACTION, meetingId, "Opfølgning", "Ingen modtager.");
    Notification orphan = notification(NotificationKind.ACTION);
    Job job = deliveryJob(orphan);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .hasMessageContaining("Ingen modtagere med e-mailadresse");
    Outbox.Delivery delivery = outbox.delivery(orphan.id()).orElseThrow();
    assertThat(delivery.status()).isEqualTo("FAILED");
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastError()).contains("Ingen modtagere");
    Job retried = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getExceptionMessage()).contains("Ingen modtagere");
    // R5/PT5M: the next try is due 5 minutes later.
    assertThat(Clock.of(retried.getDuedate())).isAfter(MEETING.plusWeeks(6).minusDays(40).plusMinutes(4));
  }

  /**
   * Issue 13, finding 7: a text stored with a control character or a lone surrogate (before the input check, or put
   * into the database another way) no longer stops the agenda: the PDF and the mail are made without those characters.
   */
  @Test
  void aStoredTextWithAControlCharacterStillMakesTheAgendaPdfAndItsMail() throws Exception {
    startCycle(MEETING.plusWeeks(8));
    long id = propose("Orientering: Kontroltegn", null, "Resumé.", null, null, null,
        List.of("Tager orienteringen til efterretning."), List.of());
    jdbc.sql("update gov_item set title = ?, summary = ? where id = ?")
        .params("Orientering: Nul\u0000tegn og klokke\u0007", "Halv \uD83D tegn\u001b og \uFFFF slut.", id).update();

    complete(task(COLLECT_ITEMS, cycle), withVariables(CALL_CLOSED.getName(), true));
    complete(task(SCREEN_ITEMS, cycle));
    complete(task(APPROVE_AGENDA, cycle), withVariables(AGENDA_APPROVED.getName(), true));
    execute(job(AGENDA_PUBLICATION, cycle));

    StoredDocument agendaPdf = documents.latest(meetingId, DocumentKind.AGENDA).orElseThrow();
    assertThat(pdfText(agendaPdf.content())).contains("Orientering: Nultegn og klokke", "Halv tegn og slut.");
    ReceivedMail mail = ReceivedMail.of(deliver(notification(NotificationKind.AGENDA)).get(0));
    assertThat(mail.text()).contains("Orientering: Nultegn og klokke").doesNotContain("\u0000", "\u0007");
    assertThat(mail.html()).contains("Orientering: Nultegn og klokke").doesNotContain("\u0000", "\u0007");
    assertThat(mail.attachments()).containsKey("dagsorden-" + meetingId + ".pdf");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  void startCycle(LocalDateTime at) {
    Clock.set(at.minusDays(40));
    meetingId = testMeetings.create("ffu", at);
    assertThat(starter.start(meetingId)).contains(meetingId);
    cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId)
        .singleResult();
  }

  long propose(String title, String caseNumber, String summary, String presentation, String economy,
      String furtherProcessing, List<String> recommendations, List<AttachmentProposal> attachments) {
    return itemProposals.propose(new ItemProposal("ffu", meetingId, title, caseNumber, summary, presentation, economy,
        furtherProcessing, "Arbejdsgruppen", recommendations, attachments), "lone.berg");
  }

  String title(AgendaEntry entry) {
    return items.find(entry.itemId()).orElseThrow().title();
  }

  /** Long titles wrap in the PDF: compare their beginning. */
  static String firstLine(String title) {
    return title.length() > 40 ? title.substring(0, 40) : title;
  }

  Notification notification(NotificationKind kind) {
    List<Notification> found = written.ofMeeting(meetingId).stream().filter(n -> n.kind() == kind).toList();
    assertThat(found).as("%s notifications of %s", kind, meetingId).hasSize(1);
    return found.get(0);
  }

  Job deliveryJob(Notification notification) {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    assertThat(instance).as("delivery process of notification %d", notification.id()).isNotNull();
    DELIVERIES.add(instance);
    return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
  }

  /** Executes the notification's delivery job; returns the messages GreenMail received for it (one per recipient). */
  List<MimeMessage> deliver(Notification notification) throws Exception {
    Job job = deliveryJob(notification);
    engine.getManagementService().executeJob(job.getId());
    return NotificationMails.received(greenMail, notification.id());
  }

  List<String> emails(String groupId) {
    return NotificationMails.emails(engine.getIdentityService(), groupId);
  }

  /** The To addresses of the message (every copy has the same). */
  static List<String> recipients(List<MimeMessage> messages) throws Exception {
    List<String> to = new ArrayList<>();
    for (Address a : messages.get(0).getRecipients(Message.RecipientType.TO)) {
      to.add(((InternetAddress) a).getAddress());
    }
    assertThat(messages).as("one copy per recipient").hasSameSizeAs(to);
    return to;
  }

  static String ics(ReceivedMail mail) {
    return mail.attachments().entrySet().stream().filter(e -> e.getKey().endsWith(".ics"))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
  }

  /** Leaves the generated PDF in target/documents/ to look at. */
  static void keep(StoredDocument document) throws IOException {
    Path folder = Path.of("target", "documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(document.fileName()), document.content());
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static void assertInOrder(String text, List<String> parts) {
    int at = 0;
    for (String part : parts) {
      int found = text.indexOf(part, at);
      assertThat(found).as("'%s' after position %d in:%n%s", part, at, text).isGreaterThanOrEqualTo(0);
      at = found + part.length();
    }
  }

}
