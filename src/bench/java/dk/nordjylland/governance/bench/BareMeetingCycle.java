package dk.nordjylland.governance.bench;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.AGENDA_PUBLICATION;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_AGENDA;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.APPROVE_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.DRAFT_MINUTES;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.MEETING_START;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.RECORD_MEETING;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** The same steps as {@link ApiMeetingCycle} on a {@link BareEngine}, through the engine's Java API. */
final class BareMeetingCycle {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final ProcessEngine engine;

  BareMeetingCycle(ProcessEngine engine) {
    this.engine = engine;
  }

  void run() {
    String meetingId = "ffu-bare-" + SEQUENCE.incrementAndGet();
    Map<String, Object> vars = new HashMap<>();
    vars.put("meetingId", meetingId);
    vars.put("forumId", "ffu");
    vars.put("hasPreMeeting", false);
    vars.put("preMeetingForumId", "ffu");
    String pi = engine.getRuntimeService().startProcessInstanceByKey("meetingCycle", meetingId, vars).getId();
    complete(pi, COLLECT_ITEMS, Map.of("callClosed", true));
    complete(pi, SCREEN_ITEMS, Map.of());
    complete(pi, APPROVE_AGENDA, Map.of("agendaApproved", true));
    timer(pi, AGENDA_PUBLICATION);
    timer(pi, MEETING_START);
    complete(pi, RECORD_MEETING, Map.of());
    complete(pi, DRAFT_MINUTES, Map.of("commentRound", false));
    complete(pi, APPROVE_MINUTES, Map.of("minutesApproved", true));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
      throw new IllegalStateException("The cycle " + pi + " did not end");
    }
  }

  private void complete(String pi, String key, Map<String, Object> vars) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key)
        .singleResult();
    engine.getTaskService().complete(task.getId(), vars);
  }

  private void timer(String pi, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(activityId)
        .singleResult();
    engine.getManagementService().executeJob(job.getId());
  }
}
