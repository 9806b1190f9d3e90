package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meeting-cycle service tasks whose use cases work on the agenda. */
@Configuration(proxyBeanMethods = false)
class AgendaDelegates {

  @Bean
  JavaDelegate openCallForItems(Agenda agenda) {
    return execution -> agenda.openCall(MEETING_ID.from(execution).get());
  }

  @Bean
  JavaDelegate startFollowUp(Agenda agenda) {
    return execution -> agenda.followUp(MEETING_ID.from(execution).get());
  }
}
