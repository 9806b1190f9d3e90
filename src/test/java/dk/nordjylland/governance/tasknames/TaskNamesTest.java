package dk.nordjylland.governance.tasknames;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.agreement.AgreementStart;
import dk.nordjylland.governance.agreement.AgreementStarts;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.consultation.ConsultationOpening;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.consultation.ConsultationRequest;
import dk.nordjylland.governance.followup.FollowUpActionProcess;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.meeting.MeetingMover;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: a task's name says what it is about, so a secretary of three forums tells their three calls for items
 * apart: the forum and meeting, the agreement's title, the consultation's subject after the model's name.
 */
@GovernanceTest
class TaskNamesTest {

  @Autowired TestMeetings testMeetings;
  @Autowired MeetingCycleStarter starter;
  @Autowired MeetingMover mover;
  @Autowired FollowUps followUps;
  @Autowired ConsultationOpening opening;
  @Autowired AgreementStarts starts;
  @Autowired TaskService taskService;

  @BeforeEach
  void setClock() {
    Clock.set(LocalDateTime.of(2034, 9, 1, 9, 0));
  }

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  @Test
  void theCallsForItemsOfThreeForumsNameTheirForumAndMeeting() {
    String fu = testMeetings.create("fu", LocalDateTime.of(2034, 11, 30, 9, 0));
    String ffu = testMeetings.create("ffu", LocalDateTime.of(2034, 12, 7, 13, 0));
    String ssf = testMeetings.create("ssf", LocalDateTime.of(2034, 12, 14, 10, 0));
    List.of(fu, ffu, ssf).forEach(starter::start);

    assertThat(List.of(fu, ffu, ssf)).extracting(id -> cycleTask(id, Elements.COLLECT_ITEMS).getName())
        .containsExactly("Indsaml dagsordenspunkter – FU 30.11.2034", "Indsaml dagsordenspunkter – FFU 07.12.2034",
            "Indsaml dagsordenspunkter – SSF 14.12.2034");
    // The model's name stays the base.
    assertThat(TaskNames.baseName(cycleTask(ffu, Elements.COLLECT_ITEMS).getName()))
        .isEqualTo("Indsaml dagsordenspunkter");
  }

  @Test
  void aMovedMeetingsTasksNameTheNewDate() {
    String ffu = testMeetings.create("ffu", LocalDateTime.of(2034, 12, 7, 13, 0));
    starter.start(ffu);

    mover.move(ffu, LocalDateTime.of(2034, 12, 8, 9, 0), LocalDateTime.of(2034, 12, 8, 11, 0));

    assertThat(cycleTask(ffu, Elements.COLLECT_ITEMS).getName())
        .isEqualTo("Indsaml dagsordenspunkter – FFU 08.12.2034");
  }

  @Test
  void aFollowUpActionNamesTheMeetingThatDecidedIt() {
    String ffu = testMeetings.create("ffu", LocalDateTime.of(2034, 9, 3, 13, 0));
    long actionId = followUps.startAction(null, ffu, "Sekretariatet sender mødekalenderen.", "lone.berg",
        LocalDate.of(2034, 10, 2));

    Task task = taskService.createTaskQuery().processInstanceBusinessKey(FollowUpActionProcess.businessKey(actionId))
        .singleResult();
    assertThat(task.getName()).isEqualTo("Udfør opfølgende handling – FFU 03.09.2034");
  }

  @Test
  void aConsultationsReplyTaskNamesItsSubject() {
    long id = opening.open(new ConsultationRequest("Kontaktpersoner til sundhedsberedskab",
        "Udpeg en kontaktperson.", "ffu-secretariat", List.of("cluster-nord-secretaries"), LocalDate.of(2034, 9, 20),
        null), "karen.lund");

    Task reply = taskService.createTaskQuery().processInstanceBusinessKey(ConsultationProcess.businessKey(id))
        .taskDefinitionKey(ConsultationProcess.Elements.REPLY).singleResult();
    assertThat(reply.getName()).isEqualTo("Besvar høring – Kontaktpersoner til sundhedsberedskab");
  }

  @Test
  void anAgreementsTaskNamesTheAgreement() {
    long id = starts.start(new AgreementStart("Samarbejdsaftale om osteoporose", "1-01-72-220-24", null, false,
        null, null, null, List.of(), null, null), "nanna.kirk");

    Task draft = taskService.createTaskQuery()
        .processInstanceBusinessKey(CollaborationAgreementProcess.businessKey(id)).singleResult();
    assertThat(draft.getName()).isEqualTo("Udarbejd aftaleudkast – Samarbejdsaftale om osteoporose");
  }

  @Test
  void aLongContextIsCutToFitTheTaskName() {
    String title = "Samarbejdsaftale ".repeat(20);
    String name = TaskNames.named("Udarbejd aftaleudkast", title);
    assertThat(name).startsWith("Udarbejd aftaleudkast – Samarbejdsaftale").endsWith("…").hasSizeLessThan(255);
    assertThat(TaskNames.baseName(name)).isEqualTo("Udarbejd aftaleudkast");
  }

  Task cycleTask(String meetingId, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(meetingId).taskDefinitionKey(key).singleResult();
  }
}
