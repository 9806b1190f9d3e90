package dk.nordjylland.governance.document;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.EMPTY_AGENDA_CONFIRMED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dk.nordjylland.governance.invitation.Invitations;
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
import dk.nordjylland.governance.support.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: a cancelled meeting leaves the members' calendars (iCalendar METHOD:CANCEL with the invitation's UID and
 * the next SEQUENCE, attached to the cancellation mail), and takes no more items (409, nothing saved).
 */
@GovernanceTest
class MeetingCancellationCalendarTest {

  @Autowired ApiClient api;
  @Autowired MeetingRun run;
  @Autowired Meetings meetings;
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
  void theCancellationMailCarriesACalendarCancelOfTheInvitation() throws Exception {
    LocalDateTime at = LocalDateTime.of(2056, 3, 7, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    run.toAgendaApproval(meeting);
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meeting)
        .taskDefinitionKey(APPROVE_AGENDA).singleResult().getId(),
        Map.of(AGENDA_APPROVED.getName(), true, EMPTY_AGENDA_CONFIRMED.getName(), true));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(meetings.get(meeting).processInstanceId()).activityId(AGENDA_PUBLICATION).singleResult()
        .getId());
    assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);

    api.body(api.post("/api/meetings/" + meeting + "/cancel", "karen.lund", body("reason", "Ingen sager.")));

    Notification told = notifications.ofMeeting(meeting).stream()
        .filter(n -> n.kind() == NotificationKind.MEETING_CANCELLED).findFirst().orElseThrow();
    ReceivedMail mail = ReceivedMail.of(deliver(told).get(0));
    assertThat(mail.attachments()).containsKey("aflysning-" + meeting + ".ics");
    String ics = new String(mail.attachments().get("aflysning-" + meeting + ".ics"), StandardCharsets.UTF_8);
    // The invitation with the agenda was SEQUENCE 0: the cancel is the same event, one version later.
    assertThat(ics).contains("METHOD:CANCEL", "UID:" + Invitations.uid(meeting), "SEQUENCE:1", "STATUS:CANCELLED")
        .doesNotContain("METHOD:REQUEST");
  }

  @Test
  void aCancelledMeetingRefusesNewItemsWithAConflictAndSavesNothing() {
    LocalDateTime at = LocalDateTime.of(2057, 3, 6, 12, 0);
    Clock.set(at.minusDays(40));
    String meeting = run.start("ffu", at);
    api.body(api.post("/api/meetings/" + meeting + "/cancel", "karen.lund", body("reason", "Ingen sager.")));
    long items = jdbc.sql("select count(*) from gov_item").query(Long.class).single();

    ResponseEntity<String> response = api.post("/api/items", "karen.lund", body("forumId", "ffu",
        "meetingId", meeting, "title", "Orientering: Status", "summary", "Resumé."));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
    assertThat(api.json(response).get("detail").asText()).startsWith("Mødet er aflyst: Fælles Forretningsudvalg");
    assertThat(jdbc.sql("select count(*) from gov_item").query(Long.class).single()).isEqualTo(items);
  }

  private List<MimeMessage> deliver(Notification notification) throws Exception {
    String instance = outbox.delivery(notification.id()).orElseThrow().deliveryProcessInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).singleResult().getId());
    return NotificationMails.received(greenMail, notification.id());
  }

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }
}
