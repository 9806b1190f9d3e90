package dk.nordjylland.governance.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.DocumentVersions;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.VersionChanges;
import dk.nordjylland.governance.mail.Outbox;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.MeetingRun;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
import dk.nordjylland.governance.support.TestMeetings;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17 point 2 (ADR 0058) through our API: the secretariat adds a late item to a sent agenda, withdraws another
 * with a reason, and sends the revised agenda; version 2 is stored with what changed, the members get the mail
 * "Revideret dagsorden" with the note and the change lines, and no new calendar invitation. Every refusal is a Danish
 * problem detail with nothing saved. Meetings of their own in 2203.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisedAgendaApiTest {

  static final LocalDateTime MEETING = LocalDateTime.of(2203, 3, 8, 9, 0);
  static final String NOTE = "Tillægspunkt om demens efter KKR's møde; handleplanen er ikke klar og udgår.";

  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired TestMeetings testMeetings;
  @Autowired ForwardedCases cases;
  @Autowired Items items;
  @Autowired Meetings meetings;
  @Autowired Documents documents;
  @Autowired DocumentVersions versions;
  @Autowired NotificationOutbox written;
  @Autowired Outbox outbox;
  @Autowired GreenMail greenMail;
  @Autowired ProcessEngine engine;
  @Autowired MeetingCancellation cancellation;

  String ffu;
  String next;
  long budget;
  long plan;
  long late;

  @BeforeAll
  void sentAgenda() {
    Clock.set(MEETING.minusDays(40));
    ffu = run.start("ffu", MEETING);
    next = testMeetings.create("ffu", MEETING.plusMonths(1));
    budget = cases.propose("ffu", ffu, "Godkendelse: Budget 2204", null);
    plan = cases.propose("ffu", ffu, "Drøftelse: Handleplan for demens", null);
    late = cases.propose("ffu", next, "Orientering: Nyt fra KKR om demens", null);
    run.toMeeting(ffu);
    assertThat(meetings.get(ffu).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void aLateItemAndAWithdrawnItemGoToTheMembersAsVersion2WithWhatChanged() throws Exception {
    String base = "/api/meetings/" + ffu + "/agenda";
    JsonNode state = api.body(api.get(base + "/revision", "karen.lund"));
    assertThat(state.get("revisable").asBoolean()).isTrue();
    assertThat(state.get("sentVersion").asInt()).isEqualTo(1);
    assertThat(state.get("changes")).isEmpty();
    assertThat(state.get("lateItemChoices").findValuesAsText("title")).contains("Orientering: Nyt fra KKR om demens")
        .doesNotContain("Godkendelse: Budget 2204");
    int eventuelt = positionOf("Eventuelt");
    int planWas = positionOf("Drøftelse: Handleplan for demens");
    assertThat(state.get("defaultPosition").asInt()).isEqualTo(eventuelt);

    // Nothing changed yet: nothing to send, nothing stored or mailed.
    ResponseEntity<String> nothing = api.post(base + "/revisions", "karen.lund", Map.of("note", NOTE));
    assertThat(nothing.getStatusCode().value()).as(nothing.getBody()).isEqualTo(400);
    assertThat(nothing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(nothing.getBody()).contains("Der er intet at udsende");
    assertThat(documents.latest(ffu, DocumentKind.AGENDA).orElseThrow().version()).isEqualTo(1);

    // The late item goes before "Eventuelt" and is accepted as a screening accepts an item.
    JsonNode added = api.body(api.post(base + "/late-items", "karen.lund", Map.of("itemId", late)));
    assertThat(added.get("position").asInt()).isEqualTo(eventuelt);
    assertThat(positionOf("Orientering: Nyt fra KKR om demens")).isEqualTo(eventuelt);
    assertThat(positionOf("Eventuelt")).isEqualTo(eventuelt + 1);
    Item lateItem = items.get(late);
    assertThat(lateItem.status()).isEqualTo(ItemStatus.ON_AGENDA);
    assertThat(lateItem.meetingId()).isEqualTo(ffu);
    assertThat(items.history(late)).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(ItemEventKind.ACCEPTED);
      assertThat(e.meetingId()).isEqualTo(ffu);
      assertThat(e.text()).contains("Tillægspunkt");
    });

    // The plan is withdrawn with a reason: back in the pipeline of the forum's next meeting that takes items.
    ResponseEntity<String> withdrawn = api.post(base + "/withdrawals", "karen.lund",
        Map.of("itemId", plan, "reason", "Handleplanen er ikke klar."));
    assertThat(withdrawn.getStatusCode().value()).as(withdrawn.getBody()).isEqualTo(204);
    assertThat(items.agenda(ffu)).noneMatch(e -> e.itemId() == plan);
    assertThat(items.agenda(ffu).stream().map(AgendaEntry::position).toList())
        .as("positions without a gap").isEqualTo(IntStream.rangeClosed(1, items.agenda(ffu).size())
            .boxed().toList());
    assertThat(items.get(plan).status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(items.get(plan).meetingId()).isEqualTo(next);
    assertThat(items.history(plan)).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(ItemEventKind.WITHDRAWN_FROM_AGENDA);
      assertThat(e.text()).contains("Handleplanen er ikke klar.");
      assertThat(e.actor()).isEqualTo("karen.lund");
    });

    state = api.body(api.get(base + "/revision", "karen.lund"));
    assertThat(state.get("changes").toString()).contains("Nyt punkt: Punkt " + eventuelt
        + ": Orientering: Nyt fra KKR om demens", "Udgået punkt: Punkt " + planWas + ": Drøftelse: Handleplan");

    long invitationsBefore = count(DocumentKind.INVITATION);
    JsonNode sent = api.body(api.post(base + "/revisions", "karen.lund", Map.of("note", NOTE)));
    assertThat(sent.get("version").asInt()).isEqualTo(2);
    assertThat(documents.latest(ffu, DocumentKind.AGENDA).orElseThrow().version()).isEqualTo(2);
    assertThat(count(DocumentKind.INVITATION)).as("the time is the same: no new invitation")
        .isEqualTo(invitationsBefore).isEqualTo(1);
    assertThat(meetings.get(ffu).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    // The front of the PDF says it is the revised agenda; version 1 did not.
    assertThat(text(documents.version(ffu, DocumentKind.AGENDA, 2).orElseThrow().content()))
        .contains("Revideret dagsorden, version 2, udsendt", "Orientering: Nyt fra KKR om demens")
        .doesNotContain("Drøftelse: Handleplan for demens");
    assertThat(text(documents.version(ffu, DocumentKind.AGENDA, 1).orElseThrow().content()))
        .doesNotContain("Revideret dagsorden");

    // The portal's comparison (the same snapshots): version 2 names the new item and the withdrawn one.
    List<VersionChanges.Change> changes = versions.of(ffu, DocumentKind.AGENDA, false).get(1).changes().get(0)
        .changes();
    assertThat(changes).extracting(VersionChanges.Change::kind)
        .contains(VersionChanges.Kind.ADDED, VersionChanges.Kind.REMOVED);

    // The history: who sent which version, when, with the note.
    JsonNode revised = api.body(api.get(base + "/revision", "karen.lund")).get("revisedVersions");
    assertThat(revised).hasSize(1);
    assertThat(revised.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(revised.get(0).get("sentBy").asText()).isEqualTo("karen.lund");
    assertThat(revised.get(0).get("note").asText()).isEqualTo(NOTE);

    // The mail to the members: the subject, the note, the change lines, the new PDF and the unchanged invitation.
    List<Notification> agendaMails = written.ofMeeting(ffu).stream()
        .filter(n -> n.kind() == NotificationKind.AGENDA).toList();
    assertThat(agendaMails).hasSize(2);
    Notification revisedMail = agendaMails.get(1);
    assertThat(revisedMail.subject()).startsWith("Revideret dagsorden: Fælles Forretningsudvalg");
    ReceivedMail mail = ReceivedMail.of(deliver(revisedMail).get(0));
    assertThat(mail.text()).contains(NOTE, "version 2", "Ændringer siden version 1",
        "Nyt punkt: Punkt " + eventuelt + ": Orientering: Nyt fra KKR om demens",
        "Udgået punkt: Punkt " + planWas + ": Drøftelse: Handleplan for demens");
    assertThat(mail.attachments().keySet()).anyMatch(name -> name.endsWith(".pdf"));

    // Sent: nothing changed since version 2 now.
    ResponseEntity<String> again = api.post(base + "/revisions", "karen.lund", Map.of("note", NOTE));
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).contains("version 2");
  }

  @Test
  void badInputIsRefusedInDanishAndNothingIsSaved() {
    String base = "/api/meetings/" + ffu + "/agenda";
    List<AgendaEntry> before = items.agenda(ffu);

    ResponseEntity<String> unknownField = api.post(base + "/late-items", "karen.lund",
        Map.of("itemId", late, "placering", 2));
    assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownField.getHeaders().getContentType().toString()).startsWith("application/problem+json");

    ResponseEntity<String> noItem = api.post(base + "/late-items", "karen.lund", Map.of());
    assertThat(noItem.getStatusCode().value()).isEqualTo(400);
    assertThat(noItem.getBody()).contains("Vælg det punkt");

    ResponseEntity<String> onTheAgenda = api.post(base + "/late-items", "karen.lund", Map.of("itemId", budget));
    assertThat(onTheAgenda.getStatusCode().value()).isEqualTo(400);
    assertThat(onTheAgenda.getBody()).contains("venter ikke i forummets pipeline");

    long waiting = cases.propose("ffu", next, "Orientering: Endnu et punkt", null);
    ResponseEntity<String> badPosition = api.post(base + "/late-items", "karen.lund",
        Map.of("itemId", waiting, "position", 99));
    assertThat(badPosition.getStatusCode().value()).isEqualTo(400);
    assertThat(badPosition.getBody()).contains("Vælg en placering mellem 1 og");

    long standing = items.agenda(ffu).stream().filter(e -> items.get(e.itemId()).standing()).findFirst()
        .orElseThrow().itemId();
    ResponseEntity<String> standingItem = api.post(base + "/withdrawals", "karen.lund",
        Map.of("itemId", standing, "reason", "Ikke nødvendigt."));
    assertThat(standingItem.getStatusCode().value()).isEqualTo(400);
    assertThat(standingItem.getBody()).contains("er et fast punkt og kan ikke udgå");

    ResponseEntity<String> noReason = api.post(base + "/withdrawals", "karen.lund", Map.of("itemId", budget));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).contains("Skriv hvorfor punktet udgår");

    ResponseEntity<String> noNote = api.post(base + "/revisions", "karen.lund", Map.of());
    assertThat(noNote.getStatusCode().value()).isEqualTo(400);
    assertThat(noNote.getBody()).contains("Skriv hvad der er ændret");

    // A member and the chair read the forum but do not plan it: 403 in Danish, naming who may.
    for (String reader : List.of("lone.berg", "mads.kjaer")) {
      ResponseEntity<String> refused = api.post(base + "/late-items", reader, Map.of("itemId", waiting));
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
      assertThat(refused.getBody()).contains("Du kan ikke rette den udsendte dagsorden i FFU");
    }
    // Another forum's secretariat (Dialogforum's) may not read FFU: its meetings do not exist for it, as in all of
    // /api/meetings (MeetingAccess).
    ResponseEntity<String> otherSecretariat = api.post(base + "/withdrawals", "mette.ravn",
        Map.of("itemId", budget, "reason", "Forkert forum."));
    assertThat(otherSecretariat.getStatusCode().value()).as(otherSecretariat.getBody()).isEqualTo(404);
    assertThat(otherSecretariat.getBody()).contains("findes ikke");

    assertThat(items.agenda(ffu)).as("nothing saved").isEqualTo(before);
    assertThat(items.get(waiting).status()).isEqualTo(ItemStatus.PROPOSED);
  }

  @Test
  void aCancelledOrRecordedMeetingIsAConflict() {
    Clock.set(MEETING.plusMonths(2).minusDays(40));
    String cancelled = run.start("ffu", MEETING.plusMonths(2));
    run.toMeeting(cancelled);
    cancellation.cancel(cancelled, "Formanden er syg.", "karen.lund");
    ResponseEntity<String> toCancelled = api.post("/api/meetings/" + cancelled + "/agenda/revisions", "karen.lund",
        Map.of("note", NOTE));
    assertThat(toCancelled.getStatusCode().value()).as(toCancelled.getBody()).isEqualTo(409);
    assertThat(toCancelled.getBody()).contains("Mødet er aflyst");

    Clock.set(MEETING.plusMonths(3).minusDays(40));
    String held = run.start("ffu", MEETING.plusMonths(3));
    long waiting = cases.propose("ffu", null, "Orientering: Til et senere møde", null);
    run.toMeeting(held);
    run.finish(held, id -> new DecisionInput(id, Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("itemId", waiting);
    ResponseEntity<String> toHeld = api.post("/api/meetings/" + held + "/agenda/late-items", "karen.lund", body);
    assertThat(toHeld.getStatusCode().value()).as(toHeld.getBody()).isEqualTo(409);
    assertThat(toHeld.getBody()).contains("er registreret", "Ret i stedet referatet");
  }

  int positionOf(String title) {
    return items.agenda(ffu).stream().filter(e -> items.get(e.itemId()).title().strip().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError(title + " not on the agenda")).position();
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  long count(DocumentKind kind) {
    return documents.ofMeeting(ffu).stream().filter(d -> d.kind() == kind).count();
  }

  List<MimeMessage> deliver(Notification notification) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    return NotificationMails.received(greenMail, notification.id());
  }
}
