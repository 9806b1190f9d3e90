package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.followup.FollowUpActionProcess.ACTION_RESULT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.COMMENT_ROUND;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.attendance.Attendances;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionOwner;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.FollowUpActions;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ScreenClient;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 point 6: bodies outside the collaboration and guests own actions (mailed; the forum's secretariat registers
 * the completion), an item is sent on to an external body (a letter by mail, the item's history, the minutes), and
 * every owner prints by name, a forum's group in Danish ("FFU's sekretariat"), never by id. FFU meetings of their own
 * in 2039.
 */
@GovernanceTest
class ExternalOwnersAndForwardingTest {

  /** Thursday 10 March 2039, 12:00. */
  static final LocalDateTime MEETING = LocalDateTime.of(2039, 3, 10, 12, 0);
  /** A Friday and a working day after the meeting. */
  static final String DUE = "2039-03-25";
  static final String KKR = "kkr-nordjylland";
  static final String KKR_MAIL = "kkr-sekretariat@example.dk";
  static final String GUEST_MAIL = "hanne.gaest@example.dk";

  @Autowired Attendances attendances;
  @Autowired ProcessEngine engine;
  @Autowired MeetingRun run;
  @Autowired ItemProposals itemProposals;
  @Autowired Items items;
  @Autowired Meetings meetings;
  @Autowired FollowUps followUps;
  @Autowired FollowUpActions followUpActions;
  @Autowired NotificationOutbox notifications;
  @Autowired Documents documents;
  @Autowired Outbox outbox;
  @Autowired GreenMail greenMail;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;

  String meetingId;
  long itemId;

  @BeforeEach
  void meetingWithOneItem() {
    Clock.set(MEETING.minusDays(40));
    meetingId = run.start("ffu", MEETING);
    itemId = itemProposals.propose(new ItemProposal("ffu", meetingId, "Drøftelse: Rekruttering som tema", "1-01-72-1044-24",
        "Resumé om rekruttering.", "Sagsfremstilling om SOSU-faget.", null, null, "Arbejdsgruppen",
        List.of("Drøfter temaet."), List.of()), "lone.berg");
    run.toMeeting(meetingId);
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void externalAndGuestOwnersAreMailedTheSecretariatRegistersTheirCompletionAndEveryOwnerPrintsByName()
      throws Exception {
    ResponseEntity<String> recorded = api.post("/api/meetings/" + meetingId + "/decisions", "karen.lund", Map.of(
        "decisions", decisions(Map.of("itemId", itemId, "outcome", "DISCUSSED", "decisionText", "Temaet blev drøftet.")),
        "actions", List.of(
            Map.of("itemId", itemId, "description", "Ideer til temaet.", "owner", KKR, "dueDate", DUE),
            Map.of("itemId", itemId, "description", "Oplæg om SOSU.", "guestName", "Hanne Gæst",
                "guestEmail", GUEST_MAIL, "dueDate", DUE),
            Map.of("itemId", itemId, "description", "Kalender ud.", "owner", "ffu-secretariat", "dueDate", DUE))));
    api.body(recorded);
    approveMinutes();

    String minutes = pdfText(documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content());
    assertThat(minutes.replaceAll("\\s+", " ")).contains(
        "Ideer til temaet. (ansvarlig: KKR Nordjyllands sekretariat,",
        "Oplæg om SOSU. (ansvarlig: Hanne Gæst (gæst),",
        "Kalender ud. (ansvarlig: FFU's sekretariat,");
    assertThat(minutes).doesNotContain("ffu-secretariat", KKR, GUEST_MAIL);

    Action kkr = action("Ideer til temaet.");
    Action guest = action("Oplæg om SOSU.");
    // No task of their own: the forum's secretariat holds the follow-up task of both, unassigned.
    for (Action outside : List.of(kkr, guest)) {
      assertThat(outside.ownerUser()).isNull();
      assertThat(outside.ownerGroup()).isEqualTo("ffu-secretariat");
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(outside.processInstanceId())
          .singleResult();
      assertThat(task.getAssignee()).isNull();
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("ffu-secretariat")
          .count()).isEqualTo(1);
    }
    assertThat(kkr.ownerExternal()).isEqualTo(KKR);
    assertThat(guest.ownerGuestName()).isEqualTo("Hanne Gæst");
    assertThat(guest.ownerGuestEmail()).isEqualTo(GUEST_MAIL);

    // Each is mailed the action in Danish, with the due date, the meeting and whom to tell; no Tasklist link.
    String toKkr = deliveredText(outsideMail(KKR_MAIL, NotificationKind.ACTION), KKR_MAIL);
    assertThat(toKkr).contains("Til KKR Nordjyllands sekretariat", "Ideer til temaet.", "Frist: fredag den 25. marts 2039.",
        "Fælles Forretningsudvalg", "Punkt: Drøftelse: Rekruttering som tema", "Når handlingen er udført, så giv FFU's sekretariat besked")
        .doesNotContain("Tasklist");
    String toGuest = deliveredText(outsideMail(GUEST_MAIL, NotificationKind.ACTION), GUEST_MAIL);
    assertThat(toGuest).contains("Hanne Gæst", "Oplæg om SOSU.", "Frist: fredag den 25. marts 2039.").doesNotContain("Tasklist");

    // The reminder before the due date reaches the guest by mail too, not the secretariat's task list.
    followUpActions.remindOwner(guest.id());
    assertThat(deliveredText(outsideMails(GUEST_MAIL, NotificationKind.ACTION).get(1), GUEST_MAIL))
        .contains("Oplæg om SOSU.", "skal være udført senest").doesNotContain("Tasklist");

    // The secretariat registers what KKR reported: the action is done, and the message names KKR, not an id.
    Task kkrTask = engine.getTaskService().createTaskQuery().processInstanceId(kkr.processInstanceId()).singleResult();
    engine.getTaskService().complete(kkrTask.getId(), Map.of(ACTION_RESULT.getName(), "KKR sendte tre ideer."));
    assertThat(followUps.get(kkr.id()).status()).isEqualTo(ActionStatus.DONE);
    assertThat(followUps.get(kkr.id()).result()).isEqualTo("KKR sendte tre ideer.");
    assertThat(notifications.ofMeeting(meetingId)).filteredOn(n -> n.subject().startsWith("Opfølgning udført"))
        .singleElement().extracting(Notification::body).asString()
        .contains("er udført af KKR Nordjyllands sekretariat.");
  }

  @Test
  void anItemSentOnToAnExternalBodyIsMailedAsALetterKeptInItsHistoryAndPrintedInTheMinutes() throws Exception {
    api.body(api.post("/api/meetings/" + meetingId + "/decisions", "karen.lund", Map.of(
        "decisions", decisions(Map.of("itemId", itemId, "outcome", "DISCUSSED",
            "decisionText", "Temaet sendes til KKR.")),
        "externalForwards", List.of(Map.of("itemId", itemId, "externalBodyId", KKR)))));
    // Recorded, not yet sent: the decision can still be corrected until the minutes are approved.
    assertThat(outsideMails(KKR_MAIL, NotificationKind.ITEM_SENT_ON)).isEmpty();

    approveMinutes();

    String letter = deliveredText(outsideMail(KKR_MAIL, NotificationKind.ITEM_SENT_ON), KKR_MAIL);
    assertThat(letter).contains("Til KKR Nordjyllands sekretariat", "Boulevarden 13, 9000 Aalborg",
        "Fælles Forretningsudvalg behandlede på sit møde torsdag den 10. marts 2039 punkt " + position(),
        "Drøftelse: Rekruttering som tema", "Sagsnr.:", "1-01-72-1044-24", "Resumé:", "Resumé om rekruttering.",
        "Sagsfremstilling om SOSU-faget.", "1. Drøfter temaet.", "Beslutning:", "Drøftet: Temaet sendes til KKR.",
        "Spørgsmål om sagen kan rettes til FFU's sekretariat.").doesNotContain("Tasklist");
    assertThat(items.history(itemId)).filteredOn(e -> e.kind() == ItemEventKind.SENT_TO_EXTERNAL_BODY)
        .singleElement().extracting(ItemEvent::text).isEqualTo("Sendt videre til KKR Nordjyllands sekretariat");
    String minutes = pdfText(documents.latest(meetingId, DocumentKind.MINUTES).orElseThrow().content());
    assertThat(minutes).contains("Temaet sendes til KKR.", "Sendt videre til KKR Nordjyllands sekretariat.");
  }

  @Test
  void anUnknownBodyAGuestWithoutEmailOrAnUnknownFieldIsADanish400AndNothingIsSaved() {
    List<Map<String, Object>> decision = decisions(Map.of("itemId", itemId, "outcome", "TAKEN_TO_NOTICE"));
    refused(Map.of("decisions", decision, "actions", List.of(
        Map.of("itemId", itemId, "description", "Svar.", "owner", "kkr-ukendt", "dueDate", DUE))),
        "Handling 'Svar.': den ansvarlige 'kkr-ukendt' findes ikke.");
    refused(Map.of("decisions", decision, "actions", List.of(
        Map.of("itemId", itemId, "description", "Svar.", "guestName", "Hanne Gæst", "dueDate", DUE))),
        "Handling 'Svar.': angiv gæstens e-mailadresse (fx navn@eksempel.dk).");
    refused(Map.of("decisions", decision, "actions", List.of(
        Map.of("itemId", itemId, "description", "Svar.", "owner", KKR, "guestName", "Hanne Gæst",
            "guestEmail", GUEST_MAIL, "dueDate", DUE))),
        "Handling 'Svar.': angiv enten en ansvarlig eller en gæst (navn og e-mail), ikke begge.");
    refused(Map.of("decisions", decision, "actions", List.of(
        Map.of("itemId", itemId, "description", "Svar.", "owner", KKR, "ansvarligNavn", "KKR", "dueDate", DUE))),
        "Feltet 'actions[0].ansvarligNavn' kendes ikke her og kan ikke angives. Intet er gemt.");
    refused(Map.of("decisions", decision,
        "externalForwards", List.of(Map.of("itemId", itemId, "externalBodyId", "kkr"))),
        "Punkt " + position() + ": den eksterne part 'kkr' findes ikke.");
    refused(Map.of("decisions", decision,
        "externalForwards", List.of(Map.of("itemId", itemId, "externalBodyId", KKR, "adresse", "Aalborg"))),
        "Feltet 'externalForwards[0].adresse' kendes ikke her og kan ikke angives. Intet er gemt.");
  }

  /** The record-meeting screen offers external bodies by name, takes a guest by name and e-mail, and a receiver. */
  @Test
  void theRecordScreenOffersExternalBodiesByNameAndTakesAGuestOwnerAndAnExternalReceiver() {
    ScreenClient secretary = new ScreenClient(http, "karen.lund");
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(RECORD_MEETING).singleResult().getId();
    assertThat(secretary.open("record-meeting", task).getBody())
        .contains("<optgroup label=\"Eksterne parter\">", ">KKR Nordjyllands sekretariat</option>",
            "<label for=\"a1-guestName\">", "<label for=\"a1-guestEmail\">",
            "<label for=\"p" + position() + "-externalBody\">Sendes også videre til en ekstern part</label>")
        .doesNotContain(">" + KKR + "<");

    Map<String, Object> form = new LinkedHashMap<>();
    items.agenda(meetingId).forEach(e -> form.put("p" + e.position() + "-outcome", "TAKEN_TO_NOTICE"));
    // The attendance as the browser sends it: every member of the meeting's date present (ADR 0043).
    attendances.membersOn(meetingId).forEach(m -> form.put("attendance-" + m.personId(), "PRESENT"));
    form.put("p" + position() + "-externalBody", KKR);
    form.put("a1-item", String.valueOf(itemId));
    form.put("a1-description", "Ideer til temaet.");
    form.put("a1-owner", KKR);
    form.put("a1-dueDate", "25-03-2039");
    form.put("a2-item", String.valueOf(itemId));
    form.put("a2-description", "Oplæg om SOSU.");
    form.put("a2-guestName", "Hanne Gæst");
    form.put("a2-dueDate", "25-03-2039");

    // A guest without an e-mail: refused at the e-mail field in Danish, everything typed kept, nothing saved.
    ResponseEntity<String> refused = secretary.submit("record-meeting", task, form);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("id=\"a2-guestEmail-fejl\"",
            "Handling 2: angiv gæstens e-mailadresse (fx navn@eksempel.dk).")
        .containsPattern("name=\"a2-guestName\"[^>]*value=\"Hanne Gæst\"");
    assertThat(items.decidedActions(meetingId)).isEmpty();

    form.put("a2-guestEmail", GUEST_MAIL);
    secretary.submitOk("record-meeting", task, form);
    assertThat(items.decidedActions(meetingId)).extracting(DecidedAction::actionOwner).containsExactly(
        ActionOwner.of(KKR), ActionOwner.guest("Hanne Gæst", GUEST_MAIL));
    assertThat(jdbc.sql("select body_id from gov_external_forward where meeting_id = ? and item_id = ?")
        .params(meetingId, itemId).query(String.class).list()).containsExactly(KKR);
  }

  void refused(Map<String, Object> record, String message) {
    ResponseEntity<String> response = api.post("/api/meetings/" + meetingId + "/decisions", "karen.lund", record);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(api.json(response).get("detail").asText()).contains(message);
    assertThat(response.getBody()).doesNotContain("Exception", "dk.nordjylland");
    // Nothing saved: no decision, action or forward; the meeting is not held and its record task still waits.
    assertThat(items.agenda(meetingId)).allSatisfy(e -> assertThat(e.outcome()).isNull());
    assertThat(items.decidedActions(meetingId)).isEmpty();
    assertThat(jdbc.sql("select count(*) from gov_external_forward where meeting_id = ?").param(meetingId)
        .query(Integer.class).single()).isZero();
    assertThat(meetings.get(meetingId).status()).isNotEqualTo(MeetingStatus.HELD);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(RECORD_MEETING).count()).isEqualTo(1);
    assertThat(outsideMails(KKR_MAIL, NotificationKind.ITEM_SENT_ON)).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The decision on our item, and the standing items of the agenda taken to notice. */
  List<Map<String, Object>> decisions(Map<String, Object> ours) {
    return items.agenda(meetingId).stream().map(e -> e.itemId() == itemId ? ours
        : Map.<String, Object>of("itemId", e.itemId(), "outcome", "TAKEN_TO_NOTICE")).toList();
  }

  int position() {
    return items.agenda(meetingId).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow().position();
  }

  void approveMinutes() {
    complete(DRAFT_MINUTES, Map.of(COMMENT_ROUND.getName(), false));
    complete(APPROVE_MINUTES, Map.of(MINUTES_APPROVED.getName(), true));
  }

  void complete(String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("task %s of %s", taskKey, meetingId).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  Action action(String description) {
    return followUps.ofMeeting(meetingId).stream().filter(a -> a.description().equals(description)).findFirst()
        .orElseThrow();
  }

  List<Notification> outsideMails(String email, NotificationKind kind) {
    return notifications.ofMeeting(meetingId).stream()
        .filter(n -> email.equals(n.recipientEmail()) && n.kind() == kind).toList();
  }

  Notification outsideMail(String email, NotificationKind kind) {
    List<Notification> found = outsideMails(email, kind);
    assertThat(found).as("%s mails to %s", kind, email).hasSize(1);
    return found.get(0);
  }

  /** Runs the notification's delivery job; the plain text GreenMail received, sent to that address only. */
  String deliveredText(Notification notification, String address) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    List<MimeMessage> received = NotificationMails.received(greenMail, notification.id());
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a)
        .getAddress()).containsExactly(address);
    assertThat(received.get(0).getSubject()).isEqualTo(notification.subject());
    return plainText(received.get(0));
  }

  static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(plainText(multipart.getBodyPart(i)));
      }
      return text.toString();
    }
    return "";
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
