package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.ASKS_FOR_CONTACT_PERSON;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CLOSE_CONFIRMED;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_QUESTION;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_SUBJECT;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_EMAIL;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_NAME;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_REMARK;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_ANSWER;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_DUE_TEXT;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_STATUS;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT_NAME;
import static dk.nordjylland.governance.task.TaskInput.actor;
import static dk.nordjylland.governance.task.TaskInput.checked;
import static dk.nordjylland.governance.task.TaskInput.text;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.task.TaskInput;
import dk.nordjylland.governance.validation.Problems;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of the consultation's tasks: what they show (task-local variables, gone with the task) and the
 * server-side validation of what they submit (the engine does not validate Camunda Forms). A violation is a
 * Danish UserInputException: the Tasklist shows it, and the task stays open with nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationTaskListeners {

  /** The reply form shows the question, who replies and by when; a contact person form asks for name and e-mail. */
  @Bean
  TaskListener consultationReplyView(Consultations consultations, ConsultationSchedule schedule, MeetingTexts texts) {
    return task -> {
      long id = CONSULTATION_ID.from(task).get();
      Consultation c = consultations.get(id);
      String respondentName = consultations.name(id, RESPONDENT.from(task).get());
      CONSULTATION_SUBJECT.on(task).setLocal(c.subject());
      CONSULTATION_QUESTION.on(task).setLocal(c.question());
      RESPONDENT_NAME.on(task).setLocal(respondentName);
      REPLY_DUE_TEXT.on(task).setLocal(texts.dateTime(schedule.due(id)));
      ASKS_FOR_CONTACT_PERSON.on(task).setLocal(c.kind() == ConsultationKind.CONTACT_PERSON);
      task.setDescription(ConsultationSteps.shorten(c.subject(), 250) + " (svar fra " + respondentName + ")");
    };
  }

  @Bean
  TaskListener consultationReplyCompletion(ConsultationReplies replies) {
    return task -> {
      String answer = text(task, REPLY_ANSWER);
      String remark = text(task, CONTACT_REMARK);
      replies.recordReply(CONSULTATION_ID.from(task).get(), RESPONDENT.from(task).get(),
          new ReplyInput(null, answer == null || answer.isBlank() ? remark : answer, text(task, CONTACT_NAME),
              text(task, CONTACT_EMAIL)),
          person(task));
    };
  }

  /** The close form shows who has replied (late or not) and who has not. */
  @Bean
  TaskListener consultationCloseView(Consultations consultations, ConsultationSchedule schedule, MeetingTexts texts) {
    return task -> {
      long id = CONSULTATION_ID.from(task).get();
      Consultation c = consultations.get(id);
      List<ConsultationReply> replies = consultations.replies(id);
      List<String> replied = replies.stream().map(ConsultationReply::respondent).toList();
      String status = consultations.respondents(id).stream()
          .map(r -> r.name() + ": " + replies.stream().filter(x -> x.respondent().equals(r.respondent())).findFirst()
              .map(x -> "svar " + x.repliedAt().toLocalDate().format(DanishDates.DATE) + (x.late() ? " (for sent)" : ""))
              .orElse("intet svar"))
          .collect(Collectors.joining("\n"));
      CONSULTATION_SUBJECT.on(task).setLocal(c.subject());
      REPLY_DUE_TEXT.on(task).setLocal(texts.dateTime(schedule.due(id)));
      REPLY_STATUS.on(task).setLocal(status);
      task.setDescription(ConsultationSteps.shorten(c.subject(), 250) + " (" + replied.size() + " af "
          + consultations.respondents(id).size() + " har svaret)");
    };
  }

  @Bean
  TaskListener consultationCloseCompletion(ConsultationSteps steps) {
    return task -> {
      new Problems().require(checked(task, CLOSE_CONFIRMED), "Bekræft, at høringen lukkes for flere svar.")
          .throwIfAny("Opgaven kan ikke fuldføres");
      steps.close(CONSULTATION_ID.from(task).get(), actor(task));
    };
  }

  /**
   * The person who replies, or null when no person does (the Java API of tests and internal calls): recordReply then
   * checks nobody's right to reply for the respondent.
   */
  private static String person(DelegateTask task) {
    String actor = actor(task);
    return TaskInput.SYSTEM.equals(actor) ? null : actor;
  }
}
