package dk.nordjylland.governance.consultation;

import static dk.nordjylland.governance.consultation.ConsultationProcess.CLOSE_CONFIRMED;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONSULTATION_ID;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_EMAIL;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_NAME;
import static dk.nordjylland.governance.consultation.ConsultationProcess.CONTACT_REMARK;
import static dk.nordjylland.governance.consultation.ConsultationProcess.REPLY_ANSWER;
import static dk.nordjylland.governance.consultation.ConsultationProcess.RESPONDENT;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
      task.setVariableLocal("consultationSubject", c.subject());
      task.setVariableLocal("consultationQuestion", c.question());
      task.setVariableLocal("respondentName", respondentName);
      task.setVariableLocal("replyDueText", texts.dateTime(schedule.due(id)));
      task.setVariableLocal("asksForContactPerson", c.kind() == ConsultationKind.CONTACT_PERSON);
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
          actor(task));
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
      task.setVariableLocal("consultationSubject", c.subject());
      task.setVariableLocal("replyDueText", texts.dateTime(schedule.due(id)));
      task.setVariableLocal("replyStatus", status);
      task.setDescription(ConsultationSteps.shorten(c.subject(), 250) + " (" + replied.size() + " af "
          + consultations.respondents(id).size() + " har svaret)");
    };
  }

  @Bean
  TaskListener consultationCloseCompletion(ConsultationSteps steps) {
    return task -> {
      if (!Boolean.TRUE.equals(submitted(task, CLOSE_CONFIRMED))) {
        throw new UserInputException("Opgaven kan ikke fuldføres: Bekræft, at høringen lukkes for flere svar.");
      }
      steps.close(CONSULTATION_ID.from(task).get(), actor(task));
    };
  }

  private static String text(DelegateTask task, String name) {
    Object value = submitted(task, name);
    if (value != null && !(value instanceof String)) {
      throw new UserInputException("Feltet '" + name + "' skal være tekst.");
    }
    return (String) value;
  }

  /**
   * What the form submitted: Camunda sets submitted variables on the execution; they leave the process
   * here, which keeps ids only.
   */
  static Object submitted(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    while (task.hasVariable(name)) {
      task.removeVariable(name);
    }
    return value;
  }

  static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
