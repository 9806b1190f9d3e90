package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks for due meeting cycles at start-up and then every hour. */
@Component
@Order(StartupOrder.CYCLES)
@ConditionalOnProperty(name = "governance.cycle.auto-start", havingValue = "true", matchIfMissing = true)
class StartDueCyclesSchedule implements ApplicationRunner {

  private final MeetingCycleStarter starter;

  StartDueCyclesSchedule(MeetingCycleStarter starter) {
    this.starter = starter;
  }

  @Override
  public void run(ApplicationArguments args) {
    starter.startDueCycles();
  }

  @Scheduled(cron = "${governance.cycle.check-cron:0 5 * * * *}", zone = "${governance.zone}")
  void hourly() {
    starter.startDueCycles();
  }
}
