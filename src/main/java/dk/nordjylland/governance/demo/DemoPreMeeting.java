package dk.nordjylland.governance.demo;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.CALL_CLOSED;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.COLLECT_ITEMS;
import static dk.nordjylland.governance.meeting.MeetingCycleProcess.Elements.SCREEN_ITEMS;

import dk.nordjylland.governance.StartupOrder;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.calendar.WorkingDays;
import dk.nordjylland.governance.item.ItemProposal;
import dk.nordjylland.governance.item.ItemProposals;
import dk.nordjylland.governance.meeting.MeetingSchedule;
import dk.nordjylland.governance.meeting.Meetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's SSF meeting with its kommunalt formøde (ADR 0046), so a user can walk the pre-meeting: SSF's agenda was
 * screened the working day before the first start, SSF waits at "Afvent formødet", and the pre-meeting's call for
 * items is open for its secretariat (erik.moerch) with an item FU sent to it and SSF's item before it. Its chair is
 * morten.lykke. After {@link DemoData} (which runs only on an empty database), once per database.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_DATA + 1)
class DemoPreMeeting implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPreMeeting.class);
  static final String SSF = "ssf-demo";

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final DemoCalendar calendar;
  private final ItemProposals itemProposals;
  private final WorkingDays workingDays;
  private final DemoEngine engine;

  DemoPreMeeting(Meetings meetings, MeetingSchedule schedule, DemoCalendar calendar, ItemProposals itemProposals,
      WorkingDays workingDays, DemoEngine engine) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.calendar = calendar;
    this.itemProposals = itemProposals;
    this.workingDays = workingDays;
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (meetings.find(SSF).isPresent()) {
      return;
    }
    LocalDate today = EngineClock.today();
    // 13 working days ahead: the pre-meeting is 7 working days before it (6 from today), its deadline for items 3
    // working days from today; every reminder of the pre-meeting is still to come.
    LocalDate day = calendar.freeDay("ssf", workingDays.plusWorkingDays(today, 13), 1);
    try {
      at(schedule.cycleStart("ssf", day).atTime(8, 0));
      calendar.open(SSF, "ssf", day, day.atTime(9, 0), day.atTime(12, 0),
          "Regionhuset, Niels Bohrs Vej 30, Aalborg Øst");
      itemProposals.proposeForProcess(new ItemProposal("ssf", SSF, "Godkendelse: Fælles akutplan for Nordjylland",
          "1-01-72-3320-26", "Strategisk Sundhedsforum bedes godkende den fælles akutplan.", null, null, null,
          "Fælles Forretningsudvalg", List.of("Godkender akutplanen.", "Sender planen videre til SSU."), List.of()),
          "karen.lund");
      // What FU sent on to the municipalities' pre-meeting: it waits in the pre-meeting forum's pipeline.
      itemProposals.proposeForProcess(new ItemProposal("ssf-formoede", null,
          "Drøftelse: Kommunal model for sundhedsrådene", null,
          "Kommunerne afstemmer modellen for de nye sundhedsråd, før den drøftes i Strategisk Sundhedsforum.", null,
          null, null, "Sundhedsdirektørernes Forretningsudvalg", List.of("Drøfter modellen."), List.of()),
          "system");
      at(workingDays.minusWorkingDays(today, 1).atTime(10, 0));
      engine.complete(SSF, COLLECT_ITEMS, Map.of(CALL_CLOSED.getName(), true));
      engine.complete(SSF, SCREEN_ITEMS, Map.of());
    } finally {
      EngineClock.reset();
    }
    LOG.info("Demo: SSF meeting {} waits for its pre-meeting {}", SSF,
        meetings.preMeetingOf(SSF).map(m -> m.id()).orElse("-"));
  }

  private static void at(LocalDateTime time) {
    EngineClock.set(time);
  }
}
