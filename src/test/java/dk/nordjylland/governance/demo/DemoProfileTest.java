package dk.nordjylland.governance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.GovernanceApplication;
import dk.nordjylland.governance.agreement.CollaborationAgreementProcess;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.consultation.ConsultationProcess;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.FollowUps;
import dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What `mvn spring-boot:run` gives a newcomer: the demo users log in with "demo" and find work in the
 * Tasklist at once: items in FFU's pipeline, an agreement on its way to FFU, a consultation of the
 * municipalities.
 */
@Tag("isolated")
class DemoProfileTest {

  @TempDir Path dataDir;

  @Test
  void theDemoHasUsersWithTheDemoPasswordAndWorkInProgress() {
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--spring.profiles.active=demo",
        "--server.port=0",
        // A name of its own, without a hyphen (the starter ignores those), apart from other tests' engines.
        "--camunda.bpm.process-engine-name=demoTest",
        "--governance.data-dir=" + dataDir,
        "--governance.mail.embedded-server.smtp-port=13025",
        "--governance.mail.embedded-server.imap-port=13143",
        "--camunda.bpm.job-execution.enabled=false")) {
      ProcessEngine engine = demo.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().checkPassword("karen.lund", "demo")).isTrue();
      assertThat(engine.getIdentityService().checkPassword("admin", "admin")).isTrue();

      JdbcClient jdbc = demo.getBean(JdbcClient.class);
      Integer items = jdbc.sql("select count(*) from gov_item where standing = false").query(Integer.class).single();
      // The members' proposals, and the agreement's terms of reference, proposed by its forum step.
      Integer outsideReplayedMeetings = jdbc.sql("select count(*) from gov_item where standing = false"
          + " and (meeting_id is null or meeting_id not like 'ffu-demo-%' or meeting_id = ?)")
          .param(DemoMeetings.CALL).query(Integer.class).single();
      // ... and the SSF meeting with its pre-meeting (ADR 0046): its SSF item, the item sent to the pre-meeting, and
      // the pre-meeting's item that prepares the SSF item (the members' SSF proposal waits for SSF's next calendar
      // meeting).
      assertThat(outsideReplayedMeetings).isEqualTo(DemoData.proposals().size() + 1 + 3);
      assertThat(jdbc.sql("select count(*) from gov_item where prepares_item_id is not null").query(Integer.class)
          .single()).isEqualTo(1);
      assertThat(jdbc.sql("select forum_id from gov_item where title like '%KOL%'").query(String.class).list())
          .containsExactly("ffu");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(CollaborationAgreementProcess.KEY).count()).isEqualTo(1);
      // The contact-person consultation: one reply task per municipality.
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ConsultationProcess.KEY).count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ConsultationProcess.KEY).count())
          .isEqualTo(11);
    }
  }

  /**
   * Issue 14: on the day it starts, every role has work at its stage of a meeting; nothing stale goes out. The job
   * executor is off here, so the test runs the timers that are due at start, as the job executor would at once.
   */
  @Test
  void onTheDayItStartsEveryRoleHasWorkAndNoStaleReminderGoesOut() {
    LocalDateTime startedAt = EngineClock.now().minusSeconds(1);
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(GovernanceApplication.class).run(
        "--spring.profiles.active=demo",
        "--server.port=0",
        "--camunda.bpm.process-engine-name=demoDayTest",
        "--governance.data-dir=" + dataDir,
        "--governance.mail.embedded-server.smtp-port=13026",
        "--governance.mail.embedded-server.imap-port=13144",
        "--camunda.bpm.job-execution.enabled=false")) {
      ProcessEngine engine = demo.getBean(ProcessEngine.class);
      TaskService tasks = engine.getTaskService();
      Date now = EngineClock.currentTime();
      for (Job job : engine.getManagementService().createJobQuery().timers().executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }

      // The secretariat: FFU's open call, its deadline ahead, and the meeting held the working day before.
      Task call = tasks.createTaskQuery().taskCandidateUser("karen.lund").processInstanceBusinessKey(DemoMeetings.CALL)
          .taskDefinitionKey(Elements.COLLECT_ITEMS).singleResult();
      assertThat(call).isNotNull();
      assertThat(call.getDueDate()).isAfter(now);
      assertThat(demo.getBean(MeetingSchedule.class).itemDeadline(DemoMeetings.CALL)).isAfter(now);
      assertThat(tasks.createTaskQuery().taskCandidateUser("karen.lund").processInstanceBusinessKey(DemoMeetings.HELD)
          .taskDefinitionKey(Elements.RECORD_MEETING).count()).isEqualTo(1);
      // SSF waits for its pre-meeting, whose call for items is open for its secretariat, deadline ahead.
      String preMeeting = demo.getBean(Meetings.class)
          .preMeetingOf(DemoPreMeeting.SSF).orElseThrow().id();
      Task preCall = tasks.createTaskQuery().taskCandidateUser("erik.moerch").processInstanceBusinessKey(preMeeting)
          .taskDefinitionKey(Elements.COLLECT_ITEMS).singleResult();
      assertThat(preCall).isNotNull();
      assertThat(preCall.getDueDate()).isAfter(now);
      assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(DemoPreMeeting.SSF)
          .activityId(Elements.AWAIT_PRE_MEETING).count()).isEqualTo(1);
      // The chair approves the screened agenda.
      assertThat(tasks.createTaskQuery().taskCandidateUser("mads.kjaer").processInstanceBusinessKey(DemoMeetings.AGENDA)
          .taskDefinitionKey(Elements.APPROVE_AGENDA).count()).isEqualTo(1);
      // A member comments on the minutes draft (her own task, one per member); the round is still open.
      Task comment = tasks.createTaskQuery().taskAssignee("lone.berg")
          .processInstanceBusinessKey(DemoMeetings.COMMENTS).taskDefinitionKey(Elements.COMMENT_ON_MINUTES)
          .singleResult();
      assertThat(comment).isNotNull();
      assertThat(comment.getDueDate()).isAfter(now);
      // The overdue action: its owner has the task, past its due date, still open.
      List<Action> actions = demo.getBean(FollowUps.class).ofMeeting(DemoMeetings.FOLLOW_UP);
      assertThat(actions).hasSize(1);
      assertThat(actions.get(0).ownerUser()).isEqualTo(DemoMeetings.ACTION_OWNER);
      assertThat(actions.get(0).dueDate()).isBefore(EngineClock.today());
      Task action = tasks.createTaskQuery().processInstanceId(actions.get(0).processInstanceId()).singleResult();
      assertThat(action.getAssignee()).isEqualTo(DemoMeetings.ACTION_OWNER);
      assertThat(action.getDueDate()).isBefore(now);

      // No reminder or escalation written at start-up: the ones of the replayed past carry their days.
      JdbcClient jdbc = demo.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from gov_notification where kind in ('REMINDER', 'ESCALATION')"
          + " and created_at >= ?").param(startedAt).query(Integer.class).single()).isZero();
      assertThat(jdbc.sql("select count(*) from gov_notification where kind in ('REMINDER', 'ESCALATION')"
          + " and meeting_id = ?").param(DemoMeetings.FOLLOW_UP).query(Integer.class).single()).isEqualTo(2);
      // No timer of any cycle is left due: nothing fires in a burst once the job executor runs.
      assertThat(engine.getManagementService().createJobQuery().timers().executable().count()).isZero();
    }
  }
}
