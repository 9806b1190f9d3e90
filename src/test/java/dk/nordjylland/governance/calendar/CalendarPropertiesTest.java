package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarPropertiesTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(CalendarConfiguration.class, WorkingDays.class);

  @Test
  void defaultsCloseChristmasEveNewYearsEveAndConstitutionDayAtNoonCopenhagenTime() {
    context.run(
        spring -> {
          CalendarProperties properties = spring.getBean(CalendarProperties.class);
          assertThat(properties.extraClosedDays())
              .containsExactly(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(6, 5));
          assertThat(properties.deadlineTime()).isEqualTo(LocalTime.NOON);
          assertThat(properties).isEqualTo(CalendarProperties.defaults());
        });
  }

  @Test
  void extraClosedDaysAndDeadlineTimeCanBeConfigured() {
    context
        .withPropertyValues(
            "governance.calendar.extra-closed-days=12-24,--05-01",
            "governance.calendar.deadline-time=09:30")
        .run(
            spring -> {
              CalendarProperties properties = spring.getBean(CalendarProperties.class);
              assertThat(properties.extraClosedDays())
                  .containsExactly(MonthDay.of(12, 24), MonthDay.of(5, 1));
              assertThat(properties.deadlineTime()).isEqualTo(LocalTime.of(9, 30));

              WorkingDays workingDays = spring.getBean(WorkingDays.class);
              assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 5, 1))).isFalse();
              assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 6, 5))).isTrue();
            });
  }
}
