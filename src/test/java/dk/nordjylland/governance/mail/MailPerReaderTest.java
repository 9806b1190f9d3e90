package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.document.PublicDocuments;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.followup.FollowUpActions;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.DecisionInput;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.AgendaPublished;
import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.notify.Notifications;
import dk.nordjylland.governance.support.ApiClient;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.ClosedItemCases;
import dk.nordjylland.governance.support.ClosedItemCases.ClosedCase;
import dk.nordjylland.governance.support.ForwardedCases;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.NotificationMails;
import dk.nordjylland.governance.support.ReceivedMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;

/**
 * ADR 0060 (issue 17 points 6, 7): every mail carries only what its reader may read. An FFU meeting with a closed
 * item whose confidential parts carry a marker word, Lone Berg disqualified for it (support.ClosedItemCases): her
 * minutes and agenda mails, a revised agenda (version 2) too, have the public PDF and the public wording; the other
 * members' mail has the full PDF; a retry after a failed part sends nobody the full version twice and Lone never; a
 * bilag sent later for the closed item and the report on its reservation do not reach her; no mail of the meeting to
 * anyone but the forum's other people carries the marker. Meetings of their own in 2206.
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailPerReaderTest {

  static final LocalDateTime HELD = LocalDateTime.of(2206, 5, 12, 9, 0);
  static final LocalDateTime BEFORE = LocalDateTime.of(2206, 9, 15, 9, 0);
  static final LocalDateTime RESERVED = LocalDateTime.of(2206, 11, 10, 9, 0);
  static final String MARKER = "FORTROLIGORD";
  static final String LONE = "lone.berg@example.dk";
  static final String MEMBERS = "ffu-members";

  @Autowired ClosedItemCases closedCases;
  @Autowired ForwardedCases cases;
  @Autowired ApiClient api;
  @Autowired NotificationMailer mailer;
  @Autowired NotificationOutbox notificationOutbox;
  @Autowired Outbox outbox;
  @Autowired Notifications notifications;
  @Autowired Documents documents;
  @Autowired PublicDocuments publicDocuments;
  @Autowired ApplicationEventPublisher events;
  @Autowired IdentityService identityService;
  @Autowired GreenMail greenMail;
  @Autowired ProcessEngine engine;
  @Autowired Items items;
  @Autowired Actions actions;
  @Autowired FollowUpActions followUp;

  ClosedCase held;

  @BeforeAll
  void aMeetingHeldWithAClosedItemAndADisqualifiedMember() {
    held = closedCases.held(HELD, MARKER);
  }

  @AfterAll
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theDisqualifiedMemberGetsThePublicMinutesAndTheOtherMembersTheFullOnes() throws Exception {
    long minutes = row(held.meetingId(), NotificationKind.MINUTES);
    mailer.deliver(minutes);

    MimeMessage toLone = single(to(minutes, LONE));
    assertThat(addresses(toLone)).containsExactly(LONE);
    ReceivedMail lone = ReceivedMail.of(toLone);
    assertThat(pdfText(lone)).doesNotContain(MARKER).contains("Lukket punkt: " + ClosedItemCases.PUBLIC_TITLE,
        ClosedItemCases.PUBLIC_DECISION);
    assertThat(lone.text() + lone.html()).doesNotContain(MARKER)
        .contains("Lukket punkt: " + ClosedItemCases.PUBLIC_TITLE, "Kære Lone Berg", "den offentlige udgave");

    List<String> others = NotificationMails.emails(identityService, MEMBERS).stream().map(String::toLowerCase)
        .filter(e -> !e.equals(LONE)).toList();
    MimeMessage toMembers = single(to(minutes, others.get(0)));
    assertThat(addresses(toMembers)).containsExactlyInAnyOrderElementsOf(others);
    for (String member : others) {
      assertThat(to(minutes, member)).as(member).hasSize(1);
    }
    ReceivedMail full = ReceivedMail.of(toMembers);
    assertThat(pdfText(full)).contains("Klagen fra " + MARKER + " afvises.");
    assertThat(full.text()).contains(MARKER);

    assertThat(outbox.sentTo(minutes)).extracting(s -> s.email().toLowerCase() + " " + s.version())
        .contains(LONE + " PUBLIC").hasSize(others.size() + 1)
        .filteredOn(s -> !s.startsWith(LONE)).allMatch(s -> s.endsWith(" FULL"));
    assertThat(outbox.delivery(minutes).orElseThrow().status()).isEqualTo("SENT");
  }

  @Test
  void aRevisedAgendaGivesTheDisqualifiedMemberThePublicPdfOfTheNewVersion() throws Exception {
    events.publishEvent(new AgendaPublished(held.meetingId())); // version N+1, as a revision publishes it
    int version = documents.latest(held.meetingId(), DocumentKind.AGENDA).orElseThrow().version();
    assertThat(version).isGreaterThan(1);
    notifications.toGroup(MEMBERS, NotificationKind.AGENDA, held.meetingId(), "Revideret dagsorden",
        "Dagsordenen er revideret.");
    long revised = latestRow(held.meetingId());
    mailer.deliver(revised);

    ReceivedMail lone = ReceivedMail.of(single(to(revised, LONE)));
    byte[] publicPdf = publicDocuments.asPublic(documents.version(held.meetingId(), DocumentKind.AGENDA, version)
        .orElseThrow()).orElseThrow().content();
    assertThat(pdf(lone)).isEqualTo(publicPdf);
    assertThat(pdfText(lone)).doesNotContain(MARKER);
    assertThat(lone.text() + lone.html()).doesNotContain(MARKER);

    ReceivedMail member = ReceivedMail.of(single(to(revised, "jens.bach@example.dk")));
    assertThat(pdf(member)).isEqualTo(documents.version(held.meetingId(), DocumentKind.AGENDA, version).orElseThrow()
        .content());
    assertThat(pdfText(member)).contains(MARKER);
  }

  @Test
  void aRetryAfterAFailedPartSendsOnlyWhatIsMissingAndNeverTheFullVersionToTheDisqualifiedMember() throws Exception {
    notifications.toGroup(MEMBERS, NotificationKind.MINUTES, held.meetingId(), "Referat, rettet", "Rettet referat.");
    long row = latestRow(held.meetingId());
    User user = identityService.createUserQuery().userId("lone.berg").singleResult();
    user.setEmail("lone berg@example.dk"); // the mail server refuses it: her part fails after the members' part
    identityService.saveUser(user);
    try {
      assertThatThrownBy(() -> mailer.deliver(row)).isInstanceOf(RuntimeException.class);
    } finally {
      user.setEmail(LONE);
      identityService.saveUser(user);
    }
    assertThat(outbox.delivery(row).orElseThrow().status()).isEqualTo("FAILED");
    assertThat(outbox.sentTo(row)).isNotEmpty().noneMatch(s -> s.email().toLowerCase().contains("lone"));
    assertThat(to(row, LONE)).isEmpty();

    mailer.deliver(row); // what the retried job does

    ReceivedMail lone = ReceivedMail.of(single(to(row, LONE)));
    assertThat(pdfText(lone)).doesNotContain(MARKER);
    for (String member : List.of("jens.bach@example.dk", "mads.kjaer@example.dk")) {
      assertThat(to(row, member)).as(member).hasSize(1);
    }
    assertThat(outbox.delivery(row).orElseThrow().status()).isEqualTo("SENT");
  }

  @Test
  void aBilagSentLaterForAClosedItemDoesNotReachTheDisqualifiedMember() throws Exception {
    ClosedCase before = closedCases.toMeeting(BEFORE, MARKER);
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + before.meetingId() + "/items/" + before.closedItem()
        + "/disqualifications", "karen.lund", List.of(Map.of("personId", "lone.berg", "reason", "Nær familie"))));
    cases.attach(before.closedItem(), "Klagens bilag om " + MARKER);
    long late = row(before.meetingId(), NotificationKind.ATTACHMENT_SENT_LATER);
    mailer.deliver(late);

    assertThat(to(late, LONE)).isEmpty();
    assertThat(ReceivedMail.of(single(to(late, "jens.bach@example.dk"))).text()).contains(MARKER);
    assertThat(outbox.sentTo(late)).anyMatch(s -> s.email().equalsIgnoreCase(LONE)
        && s.version() == MailVersion.WITHHELD);
  }

  @Test
  void theReportOnAClosedItemsReservationDoesNotReachTheDisqualifiedMember() throws Exception {
    ClosedCase c = closedCases.toMeeting(RESERVED, MARKER);
    List<DecisionInput> decisions = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(c.meetingId())) {
      decisions.add(entry.itemId() == c.closedItem()
          ? new DecisionInput(c.closedItem(), Outcome.APPROVED_WITH_RESERVATION, "Godkendt med forbehold.", null,
              null, "Sekretariatet afklarer klagen fra " + MARKER, "ffu-secretariat", null)
          : new DecisionInput(entry.itemId(), Outcome.TAKEN_TO_NOTICE, null, null, null, null, null, null));
    }
    complete(c.meetingId(), MeetingCycleProcess.Elements.RECORD_MEETING,
        Map.of("decisions", new ObjectMapper().writeValueAsString(decisions)));
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + c.meetingId() + "/items/" + c.closedItem()
        + "/public-decision", "karen.lund", Map.of("publicDecision", ClosedItemCases.PUBLIC_DECISION)));
    api.body(api.exchange(HttpMethod.PUT, "/api/meetings/" + c.meetingId() + "/items/" + c.closedItem()
        + "/disqualifications", "karen.lund", List.of(Map.of("personId", "lone.berg", "reason", "Nær familie"))));
    // The minutes approved: the reservation becomes a follow-up of its own.
    complete(c.meetingId(), MeetingCycleProcess.Elements.DRAFT_MINUTES,
        Map.of(MeetingCycleProcess.COMMENT_ROUND.getName(), false));
    complete(c.meetingId(), MeetingCycleProcess.Elements.APPROVE_MINUTES,
        Map.of(MeetingCycleProcess.MINUTES_APPROVED.getName(), true));
    long reservation = actions.ofItem(c.closedItem()).get(0).id();

    followUp.recordReservationCleared(reservation, "Afklaret", "Klagen fra " + MARKER + " er besvaret.");
    long report = latestRow(c.meetingId());
    mailer.deliver(report);

    assertThat(to(report, LONE)).isEmpty();
    assertThat(ReceivedMail.of(single(to(report, "jens.bach@example.dk"))).text()).contains(MARKER);
  }

  @Test
  void noMailOfTheMeetingCarriesTheConfidentialWordsToAnyoneButTheForumsOtherPeople() throws Exception {
    for (Notification n : notificationOutbox.ofMeeting(held.meetingId())) {
      mailer.deliver(n.id());
    }
    // Who may read the closed item: FFU's people, except the member disqualified for it.
    List<String> readers = new ArrayList<>();
    for (String group : List.of("ffu-members", "ffu-chair", "ffu-secretariat")) {
      readers.addAll(NotificationMails.emails(identityService, group).stream().map(String::toLowerCase).toList());
    }
    readers.remove(LONE);
    List<String> checked = new ArrayList<>();
    for (GreenMailUser user : greenMail.getUserManager().listUser()) {
      String email = user.getEmail().toLowerCase();
      if (readers.contains(email)) {
        continue;
      }
      for (Notification n : notificationOutbox.ofMeeting(held.meetingId())) {
        for (MimeMessage m : to(n.id(), email)) {
          checked.add(n.kind() + " to " + email);
          ReceivedMail mail = ReceivedMail.of(m);
          assertThat(m.getSubject() + mail.text() + mail.html()).as(n.kind() + " " + n.id() + " to " + email)
              .doesNotContain(MARKER);
          for (Map.Entry<String, byte[]> file : mail.attachments().entrySet()) {
            String content = file.getKey().endsWith(".pdf") ? text(file.getValue()) : new String(file.getValue());
            assertThat(content).as(n.kind() + " " + file.getKey() + " to " + email).doesNotContain(MARKER);
          }
        }
      }
    }
    assertThat(checked).contains("AGENDA to " + LONE, "MINUTES to " + LONE)
        .anyMatch(c -> c.startsWith("ITEM_SENT_ON to ")); // the letter to KKR, outside the collaboration
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private void complete(String meetingId, String key, Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key).singleResult()
        .getId(), variables);
  }

  private long row(String meetingId, NotificationKind kind) {
    return notificationOutbox.ofMeeting(meetingId).stream().filter(n -> n.kind() == kind).map(Notification::id)
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " of " + meetingId));
  }

  private long latestRow(String meetingId) {
    List<Notification> rows = notificationOutbox.ofMeeting(meetingId);
    return rows.get(rows.size() - 1).id();
  }

  /** The messages of the notification in this address's own mailbox (GreenMail keeps a copy per recipient). */
  private List<MimeMessage> to(long notificationId, String email) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    GreenMailUser user = greenMail.getUserManager().getUserByEmail(email);
    if (user == null) {
      return found;
    }
    for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
      MimeMessage m = stored.getMimeMessage();
      String[] header = m.getHeader("X-Governance-Notification");
      if (header != null && Arrays.asList(header).contains(String.valueOf(notificationId))) {
        found.add(m);
      }
    }
    return found;
  }

  private static List<String> addresses(MimeMessage m) {
    try {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      return to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress().toLowerCase())
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage single(List<MimeMessage> messages) {
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private static byte[] pdf(ReceivedMail mail) {
    return mail.attachments().entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no PDF in " + mail.attachments().keySet()));
  }

  private static String pdfText(ReceivedMail mail) throws Exception {
    return text(pdf(mail));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
