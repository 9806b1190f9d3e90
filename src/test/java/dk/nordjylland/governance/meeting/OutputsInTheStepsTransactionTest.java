package dk.nordjylland.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.DocumentKind;
import dk.nordjylland.governance.document.Documents;
import dk.nordjylland.governance.notification.Notification;
import dk.nordjylland.governance.notification.NotificationOutbox;
import dk.nordjylland.governance.notify.NotificationKind;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outputs are reached by events (docs/adr/0050-one-way-arrows.md), handled in the publishing step's transaction:
 * the agenda PDF, the invitation and the outbox row exist before the commit and roll back with the step. A handler
 * moved to after the commit, or to another thread, fails this test.
 */
@GovernanceTest
class OutputsInTheStepsTransactionTest {

  @Autowired MeetingCycle cycle;
  @Autowired TestMeetings testMeetings;
  @Autowired Meetings meetings;
  @Autowired MeetingMover mover;
  @Autowired Documents documents;
  @Autowired NotificationOutbox outbox;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theAgendasOutputsAreMadeInsideItsTransactionAndRollBackWithIt() {
    String meetingId = testMeetings.create("ffu", LocalDateTime.of(2031, 3, 14, 10, 0));

    new TransactionTemplate(transactions).executeWithoutResult(step -> {
      cycle.publishAgenda(meetingId);
      assertThat(documents.latest(meetingId, DocumentKind.AGENDA)).as("agenda PDF before the commit").isPresent();
      assertThat(documents.latest(meetingId, DocumentKind.INVITATION)).as("invitation before the commit").isPresent();
      assertThat(outbox.ofMeeting(meetingId)).extracting(Notification::kind).containsExactly(NotificationKind.AGENDA);
      step.setRollbackOnly();
    });

    assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(documents.latest(meetingId, DocumentKind.AGENDA)).isEmpty();
    assertThat(documents.latest(meetingId, DocumentKind.INVITATION)).isEmpty();
    assertThat(outbox.ofMeeting(meetingId)).isEmpty();
  }

  @Test
  void aMoveIssuesTheNextInvitationInsideItsTransaction() {
    String meetingId = testMeetings.create("ffu", LocalDateTime.of(2031, 3, 21, 10, 0));
    cycle.publishAgenda(meetingId);
    int sent = documents.latest(meetingId, DocumentKind.INVITATION).orElseThrow().version();

    new TransactionTemplate(transactions).executeWithoutResult(step -> {
      mover.move(meetingId, null, null, "Mødelokale A, Rådhuset");
      assertThat(documents.latest(meetingId, DocumentKind.INVITATION).orElseThrow().version()).isEqualTo(sent + 1);
      step.setRollbackOnly();
    });

    assertThat(documents.latest(meetingId, DocumentKind.INVITATION).orElseThrow().version()).isEqualTo(sent);
  }
}
