package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.AGENDA_APPROVED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MINUTES_APPROVED;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publication is refused while a closed item lacks its public wording (issue 17, ADR 0055): the chair's approval of
 * the agenda when a closed item has no public title, of the minutes when a decided closed item has no public
 * decision. On complete of the approval task, whoever completes it (screen, Tasklist, engine REST): the task stays
 * open, nothing is published, and the Danish message names the item.
 */
@Configuration(proxyBeanMethods = false)
class PublicWordingCheck {

  @Bean
  TaskListener agendaPublicWording(ClosedItems closedItems) {
    return task -> {
      if (Boolean.TRUE.equals(task.getVariable(AGENDA_APPROVED.getName()))) {
        closedItems.agendaProblems(MEETING_ID.from(task).get()).throwIfAny("Dagsordenen kan ikke udsendes");
      }
    };
  }

  @Bean
  TaskListener minutesPublicWording(ClosedItems closedItems) {
    return task -> {
      if (Boolean.TRUE.equals(task.getVariable(MINUTES_APPROVED.getName()))) {
        closedItems.minutesProblems(MEETING_ID.from(task).get()).throwIfAny("Referatet kan ikke godkendes");
      }
    };
  }
}
