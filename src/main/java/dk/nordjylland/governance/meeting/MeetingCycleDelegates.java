package dk.nordjylland.governance.meeting;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_OPENED_AT;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One thin delegate per service task of the meeting cycle, each calling one use case (those that
 * work on agenda items are in item.AgendaDelegates).
 */
@Configuration(proxyBeanMethods = false)
class MeetingCycleDelegates {

  @Bean
  JavaDelegate remindItemDeadline(MeetingCycle cycle) {
    return execution -> cycle.remindItemDeadline(MEETING_ID.from(execution).get(),
        CALL_OPENED_AT.from(execution).getOptional().orElse(null));
  }

  @Bean
  JavaDelegate escalateItemDeadline(MeetingCycle cycle) {
    return execution -> cycle.escalateItemDeadline(MEETING_ID.from(execution).get(),
        CALL_OPENED_AT.from(execution).getOptional().orElse(null));
  }

  @Bean
  JavaDelegate publishAgenda(MeetingCycle cycle) {
    return execution -> cycle.publishAgenda(MEETING_ID.from(execution).get());
  }

  @Bean
  JavaDelegate publishMinutes(MeetingCycle cycle) {
    return execution -> cycle.publishMinutes(MEETING_ID.from(execution).get());
  }

}
