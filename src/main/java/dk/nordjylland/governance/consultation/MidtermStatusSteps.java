package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.MidtermStatusProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.CONSULTATION_SUBJECT;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.DECISION_MEETING_ID;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.DECISION_TEXT;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.ITEM_ID;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.ITEM_OUTCOME;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.REVISION_NOTE;
import static dk.nordjylland.governance.consultation.MidtermStatusProcess.SENT_NOTE;
import static dk.nordjylland.governance.task.TaskInput.actor;
import static dk.nordjylland.governance.task.TaskInput.submitted;

import dk.nordjylland.governance.item.Outcome;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.validation.Problems;
import dk.nordjylland.governance.validation.TextLimits;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates and task listeners of processes/midterm-status.bpmn. */
@Configuration(proxyBeanMethods = false)
class MidtermStatusSteps {

  @Bean
  JavaDelegate proposeMidtermStatusToFfu(RepliesBeforeForum forum, MidtermStatusProperties properties) {
    return execution -> propose(forum, execution, properties.firstForum());
  }

  @Bean
  JavaDelegate proposeMidtermStatusToSsf(RepliesBeforeForum forum, MidtermStatusProperties properties) {
    return execution -> propose(forum, execution, properties.secondForum());
  }

  @Bean
  JavaDelegate proposeMidtermStatusToSsu(RepliesBeforeForum forum, MidtermStatusProperties properties) {
    return execution -> propose(forum, execution, properties.finalForum());
  }

  private static void propose(RepliesBeforeForum forum, DelegateExecution execution, String forumId) {
    ITEM_ID.on(execution).set(forum.putBefore(CONSULTATION_ID.from(execution).get(), forumId));
  }

  /** Both tasks show the subject and the latest forum decision. */
  @Bean
  TaskListener midtermStatusView(Consultations consultations, Meetings meetings, MeetingTexts texts) {
    return task -> {
      Consultation c = consultations.get(CONSULTATION_ID.from(task).get());
      String outcome = ITEM_OUTCOME.from(task).getOrNull();
      String meetingId = DECISION_MEETING_ID.from(task).getOrNull();
      CONSULTATION_SUBJECT.on(task).setLocal(c.subject());
      DECISION_TEXT.on(task).setLocal(outcome == null || meetingId == null ? ""
          : "Seneste beslutning: " + Outcome.valueOf(outcome).danish() + " (" + texts.title(meetings.get(meetingId))
              + ").");
    };
  }

  @Bean
  TaskListener midtermStatusSent(MidtermStatus midtermStatus) {
    return task -> {
      String note = requiredText(task, SENT_NOTE, "Skriv, hvornår og hvordan materialet er sendt til Sundhedsstyrelsen.");
      midtermStatus.recordSent(CONSULTATION_ID.from(task).get(), note, actor(task));
    };
  }

  @Bean
  TaskListener midtermStatusRevised(MidtermStatus midtermStatus) {
    // The note goes into the presentation of the item that puts the revised status before FFU.
    return task -> midtermStatus.recordRevision(CONSULTATION_ID.from(task).get(),
        requiredText(task, REVISION_NOTE, "Skriv, hvad der er ændret i midtvejsstatus."));
  }

  private static String requiredText(DelegateTask task, VariableFactory<String> field, String problem) {
    Object value = submitted(task, field);
    Problems problems = new Problems();
    problems.require(value instanceof String s && !s.isBlank(), problem);
    problems.require(!(value instanceof String s) || s.length() <= TextLimits.NOTE,
        "Teksten må højst have " + TextLimits.NOTE + " tegn.");
    problems.throwIfAny("Opgaven kan ikke fuldføres");
    return ((String) value).strip();
  }
}
