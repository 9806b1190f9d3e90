package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentVersions;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.document.StoredDocument;
import dk.nordjylland.governance.document.VersionChanges.Change;
import dk.nordjylland.governance.document.VersionChanges.Kind;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 point 2 (ADR 0059): the secretariat corrects the wording of a decision in approved minutes with a reason
 * through our API; the next minutes version is stored (PDF "Rettet referat, version 2", snapshot, public variant), the
 * members are mailed the reason and what changed, the item's history keeps who, when, before/after and why; the
 * meeting's status and follow-up are left alone. Bad input is refused in Danish with nothing saved. Meetings in 2459.
 */
@GovernanceTest
class MinutesCorrectionApiTest {

  static final String REASON = "Beløbet i beslutningen var skrevet forkert.";

  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired ForwardedCases cases;
  @Autowired ClosedItemCases closedCases;
  @Autowired Items items;
  @Autowired Meetings meetings;
  @Autowired Documents documents;
  @Autowired PublicDocuments publicDocuments;
  @Autowired DocumentVersions versions;
  @Autowired NotificationOutbox notifications;
  @Autowired Outbox outbox;
  @Autowired ProcessEngine engine;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aCorrectedDecisionIsPublishedAsVersionTwoMailedWithTheReasonAndKeptInTheHistory() throws Exception {
    LocalDateTime at = LocalDateTime.of(2459, 3, 6, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    long budget = cases.propose("ffu", meeting, "Godkendelse: Budget 2460", null);
    run.hold(meeting, Map.of(budget, Outcome.APPROVED_WITH_REMARKS));
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.COMPLETED);
    int position = entry(meeting, budget).position();
    long minutesMailsBefore = minutesMails(meeting).size();

    JsonNode answer = api.body(api.post(path(meeting), "karen.lund", correction(REASON,
        wording(budget, null, "Budgettet godkendes med en ramme på 4,2 mio. kr."))));

    assertThat(answer.get("changes").get(0).asText())
        .isEqualTo("Ændret tekst: Punkt " + position + ": Godkendelse: Budget 2460: beslutning");
    assertThat(entry(meeting, budget).decisionText()).isEqualTo("Budgettet godkendes med en ramme på 4,2 mio. kr.");
    assertThat(entry(meeting, budget).outcome()).isEqualTo(Outcome.APPROVED_WITH_REMARKS);

    // Version 2 of the minutes: its PDF says it is corrected, and the portal's comparison names the decision.
    StoredDocument v2 = documents.latest(meeting, DocumentKind.MINUTES).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(text(v2.content())).contains("Rettet referat, version 2", "ramme på 4,2 mio. kr.")
        .doesNotContain("Beslutning.\n");
    assertThat(text(documents.version(meeting, DocumentKind.MINUTES, 1).orElseThrow().content()))
        .doesNotContain("Rettet referat").doesNotContain("4,2 mio. kr.");
    assertThat(versions.of(meeting, DocumentKind.MINUTES, false).get(1).changes().get(0).changes())
        .containsExactly(new Change(Kind.TEXT, "Punkt " + position + ": Godkendelse: Budget 2460: beslutning"));

    // Not the cycle's publication again: the status stays, no second approval mail, one new minutes mail.
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.COMPLETED);
    List<Notification> mails = minutesMails(meeting);
    assertThat(mails).hasSize((int) minutesMailsBefore + 1);
    Notification corrected = mails.get(mails.size() - 1);
    assertThat(corrected.subject()).isEqualTo("Rettet referat: " + meetingTitle(meeting));
    assertThat(corrected.recipientGroup()).isEqualTo("ffu-members");

    ReceivedMail mail = ReceivedMail.of(deliver(corrected).get(0));
    assertThat(mail.text()).contains("Begrundelse for rettelsen: " + REASON, "Ændringer siden forrige version:",
        "Ændret tekst: Punkt " + position + ": Godkendelse: Budget 2460: beslutning");
    assertThat(mail.attachments()).containsKey(v2.fileName());
    assertThat(text(mail.attachments().get(v2.fileName()))).contains("Rettet referat, version 2");

    ItemEvent event = items.history(budget).stream().filter(e -> e.kind() == ItemEventKind.MINUTES_CORRECTED)
        .findFirst().orElseThrow();
    assertThat(event.actor()).isEqualTo("karen.lund");
    assertThat(event.meetingId()).isEqualTo(meeting);
    assertThat(event.text()).contains(REASON, "Beslutning: »Beslutning.« → »Budgettet godkendes med en ramme på 4,2"
        + " mio. kr.«");
  }

  @Test
  void aClosedItemsPublicDecisionIsCorrectedInThePublicVersionOnlyAndCannotBeEmptied() throws Exception {
    ClosedCase c = closedCases.held(LocalDateTime.of(2459, 5, 8, 12, 0), "Hemmelund");
    String meeting = c.meetingId();
    String newPublic = "Udvalget drøftede klagen og bad sekretariatet svare klageren inden fire uger.";

    api.body(api.post(path(meeting), "karen.lund", correction("Svarfristen manglede i den offentlige beslutning.",
        wording(c.closedItem(), null, "Klagen fra Hemmelund afvises; svar inden fire uger.", newPublic))));

    StoredDocument full = documents.latest(meeting, DocumentKind.MINUTES).orElseThrow();
    assertThat(full.version()).isEqualTo(2);
    assertThat(text(full.content())).contains("Rettet referat, version 2", "svar inden fire uger", newPublic);
    StoredDocument forPublic = publicDocuments.asPublic(full).orElseThrow();
    assertThat(text(forPublic.content())).contains("Rettet referat, version 2", newPublic)
        .doesNotContain("Hemmelund").doesNotContain(ClosedItemCases.PUBLIC_DECISION);
    // The public's comparison names the public decision by the public title, never the confidential words.
    List<Change> publicChanges = versions.of(meeting, DocumentKind.MINUTES, false).get(1).changes().get(0).changes();
    assertThat(publicChanges).hasSize(1);
    assertThat(publicChanges.get(0).text()).contains(ClosedItemCases.PUBLIC_TITLE, "beslutning")
        .doesNotContain("Hemmelund");
    assertThat(versions.of(meeting, DocumentKind.MINUTES, true).get(1).changes().get(0).changes().get(0).text())
        .endsWith("beslutning og offentlig beslutning");
    // The members' mail names the closed item by its public heading: a disqualified member gets it too.
    Notification mail = minutesMails(meeting).get(minutesMails(meeting).size() - 1);
    assertThat(mail.body()).contains("Lukket punkt: " + ClosedItemCases.PUBLIC_TITLE).doesNotContain("Hemmelund");

    // Emptied: refused in Danish, nothing saved.
    ResponseEntity<String> emptied = api.post(path(meeting), "karen.lund", correction("Forsøg",
        wording(c.closedItem(), null, null, " ")));
    assertProblem(emptied, 400, "den offentlige beslutning kan ikke være tom");
    assertThat(documents.latest(meeting, DocumentKind.MINUTES).orElseThrow().version()).isEqualTo(2);
    assertThat(items.agenda(meeting).stream().filter(e -> e.itemId() == c.closedItem()).count()).isOne();
    assertThat(jdbc.sql("select public_decision from gov_agenda_entry where meeting_id = ? and item_id = ?")
        .params(meeting, c.closedItem()).query(String.class).single()).isEqualTo(newPublic);
  }

  @Test
  void badInputIsRefusedInDanishAndNothingIsSaved() {
    LocalDateTime at = LocalDateTime.of(2459, 9, 4, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    long budget = cases.propose("ffu", meeting, "Godkendelse: Budget 2461", null);
    long plan = cases.propose("ffu", meeting, "Drøftelse: Handleplan 2461", null);
    run.hold(meeting, Map.of(budget, Outcome.APPROVED_WITH_REMARKS, plan, Outcome.DISCUSSED));
    String ok = "Budgettet godkendes.";

    assertProblem(api.post(path(meeting), "karen.lund", "{\"reason\": \"x\", \"decisions\": [], \"color\": 1}"), 400,
        "Feltet 'color' kendes ikke");
    assertProblem(api.post(path(meeting), "karen.lund", "{\"reason\": \"x\", \"decisions\": [{\"itemId\": " + budget
        + ", \"outcome\": \"APPROVED\", \"reservation\": \"x\"}]}"), 400, "kendes ikke");
    assertProblem(api.post(path(meeting), "lone.berg", correction(REASON, wording(budget, null, ok))), 403,
        "Kun forummets sekretariat kan rette det godkendte referat.");
    assertProblem(api.post(path(meeting), "ida.winther", correction(REASON, wording(budget, null, ok))), 403,
        "Kun forummets sekretariat");
    // Another forum's secretariat (FU, SSU) who reads FFU's meetings.
    assertProblem(api.post(path(meeting), "erik.moerch", correction(REASON, wording(budget, null, ok))), 403,
        "Kun forummets sekretariat");
    assertProblem(api.post(path(meeting), "karen.lund", correction(" ", wording(budget, null, ok))), 400,
        "Skriv begrundelsen for rettelsen.");
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(budget, "POSTPONED", ok))), 400,
        "udfaldet (Godkendt med bemærkninger) kan ikke ændres, efter referatet er godkendt");
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(budget,
        "APPROVED_WITH_REMARKS", "Beslutning."))), 400, "Intet er ændret.");
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(budget, null, ""))), 400,
        "Punkt " + entry(meeting, budget).position() + ": beslutningen kan ikke være tom (godkendt med bemærkninger).");
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(plan, null, ok, "Offentlig"))),
        400, "er ikke et lukket punkt");
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(999_999L, null, ok))), 400,
        "Punkt 999999 er ikke på mødets dagsorden.");
    assertProblem(api.post(path(meeting), "karen.lund", null), 400, "send begrundelsen");
    // One good correction beside a bad one: all refused, the good one not saved either.
    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(plan, null, "Drøftet grundigt."),
        wording(budget, "NOT_APPROVED", ok))), 400, "kan ikke ændres");

    assertThat(entry(meeting, plan).decisionText()).isEqualTo("Beslutning.");
    assertThat(entry(meeting, budget).decisionText()).isEqualTo("Beslutning.");
    assertThat(documents.latest(meeting, DocumentKind.MINUTES).orElseThrow().version()).isEqualTo(1);
    assertThat(minutesMails(meeting)).hasSize(1);
    assertThat(items.history(budget)).noneMatch(e -> e.kind() == ItemEventKind.MINUTES_CORRECTED);
  }

  @Test
  void beforeTheApprovalTheCorrectionOfTheDraftAppliesAndThisAnswers409() {
    LocalDateTime at = LocalDateTime.of(2459, 11, 6, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    long budget = cases.propose("ffu", meeting, "Godkendelse: Budget 2462", null);
    run.toMeeting(meeting);

    assertProblem(api.post(path(meeting), "karen.lund", correction(REASON, wording(budget, null, "Ny tekst."))), 409,
        "Mødet har ikke et godkendt referat, der kan rettes.");
    assertThat(documents.latest(meeting, DocumentKind.MINUTES)).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  static String path(String meeting) {
    return "/api/meetings/" + meeting + "/minutes/corrections";
  }

  @SafeVarargs
  static Map<String, Object> correction(String reason, Map<String, Object>... wordings) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", reason);
    body.put("decisions", List.of(wordings));
    return body;
  }

  static Map<String, Object> wording(long itemId, String outcome, String text) {
    return wording(itemId, outcome, text, null);
  }

  static Map<String, Object> wording(long itemId, String outcome, String text, String publicDecision) {
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("itemId", itemId);
    if (outcome != null) {
      w.put("outcome", outcome);
    }
    if (text != null) {
      w.put("decisionText", text);
    }
    if (publicDecision != null) {
      w.put("publicDecision", publicDecision);
    }
    return w;
  }

  AgendaEntry entry(String meeting, long itemId) {
    return items.agenda(meeting).stream().filter(e -> e.itemId() == itemId).findFirst().orElseThrow();
  }

  List<Notification> minutesMails(String meeting) {
    return notifications.ofMeeting(meeting).stream().filter(n -> n.kind() == NotificationKind.MINUTES).toList();
  }

  String meetingTitle(String meeting) {
    String subject = minutesMails(meeting).get(0).subject();
    return subject.substring("Referat: ".length());
  }

  List<MimeMessage> deliver(Notification notification) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    return NotificationMails.received(greenMail, notification.id());
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static void assertProblem(ResponseEntity<String> response, int status, String danish) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(response.getBody()).contains(danish).doesNotContain("Exception", "dk.nordjylland");
  }
}
