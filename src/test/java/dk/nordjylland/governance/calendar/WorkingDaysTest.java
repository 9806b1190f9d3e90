package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  private static final ZoneId COPENHAGEN = EngineClock.zone();

  private final WorkingDays workingDays = new WorkingDays(CalendarProperties.defaults());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-04-17", // Skærtorsdag
        "2025-04-18", // Langfredag
        "2025-04-21", // 2. påskedag
        "2025-05-29", // Kristi himmelfartsdag
        "2025-06-09", // 2. pinsedag
        "2025-12-25", // 1. juledag
        "2025-12-26", // 2. juledag
        "2026-01-01", // Nytårsdag
        "2023-05-05", // Store Bededag, last time before its abolition
        "2025-03-08", // Saturday
        "2025-03-09" // Sunday
      })
  void holidaysAndWeekendsAreNotWorkingDays(String date) {
    assertThat(workingDays.isWorkingDay(LocalDate.parse(date))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-04-16", // Wednesday before Easter
        "2025-04-22", // Tuesday after Easter
        "2025-05-30", // Friday after Kristi himmelfart: often a day off, but not a holiday
        "2024-04-26", // would have been Store Bededag; abolished from 2024
        "2025-05-16", // would have been Store Bededag
        "2025-05-01", // 1 May is not a Danish public holiday
        "2025-12-23",
        "2026-01-02"
      })
  void ordinaryWeekdaysAreWorkingDays(String date) {
    assertThat(workingDays.isWorkingDay(LocalDate.parse(date))).isTrue();
  }

  @Test
  void extraClosedDaysAreNotWorkingDaysByDefault() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse(); // Wednesday
    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 12, 31))).isFalse(); // Wednesday
    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 6, 5))).isFalse(); // Grundlovsdag
  }

  @Test
  void extraClosedDaysAreConfigurable() {
    WorkingDays withoutExtraDays =
        new WorkingDays(new CalendarProperties(List.of(), LocalTime.NOON));

    assertThat(withoutExtraDays.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
    assertThat(withoutExtraDays.isWorkingDay(LocalDate.of(2025, 6, 5))).isTrue();
    assertThat(withoutExtraDays.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
  }

  @Test
  void fridayPlusOneWorkingDayIsMonday() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 3, 7), 1))
        .isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void plusWorkingDaysSkipsEaster() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 4, 16), 3))
        .isEqualTo(LocalDate.of(2025, 4, 24));
  }

  @Test
  void plusWorkingDaysSkipsChristmasAndNewYear() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 12, 23), 1))
        .isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 12, 30), 1))
        .isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 3, 10), 0))
        .isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 3, 8), 0))
        .isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 4, 17), 0))
        .isEqualTo(LocalDate.of(2025, 4, 22));
  }

  @Test
  void negativeOffsetsCountBackwards() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 4, 22), -1))
        .isEqualTo(LocalDate.of(2025, 4, 16));
    assertThat(workingDays.minusWorkingDays(LocalDate.of(2025, 3, 10), 1))
        .isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(workingDays.minusWorkingDays(LocalDate.of(2025, 6, 10), 3))
        .isEqualTo(LocalDate.of(2025, 6, 3)); // 6, 4, 3 June: skips 2. pinsedag and 5 June
  }

  @Test
  void workingDaysBetweenCountsTheEndButNotTheStart() {
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 22)))
        .isEqualTo(1);
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 25)))
        .isEqualTo(6);
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 14)))
        .isZero();
  }

  @Test
  void workingDaysBetweenIsNegativeBackwardsAndInvertsPlusWorkingDays() {
    LocalDate from = LocalDate.of(2025, 4, 22);
    LocalDate to = LocalDate.of(2025, 4, 14);

    int between = workingDays.workingDaysBetween(from, to);

    assertThat(between).isEqualTo(-3); // 14, 15 and 16 April
    assertThat(workingDays.plusWorkingDays(from, between)).isEqualTo(to);
  }

  @Test
  void beforeGivesTheDeadlineAtNoonCopenhagenTime() {
    // Counting back from Thursday 8 May 2025 (1 May is a working day):
    // 7, 6, 5, 2, 1 May, 30, 29, 28, 25, 24 April.
    Date expected = copenhagen(2025, 4, 24, 12, 0);

    assertThat(workingDays.before(LocalDate.of(2025, 5, 8), 10)).isEqualTo(expected);
    assertThat(workingDays.before("2025-05-08", 10)).isEqualTo(expected);
    assertThat(workingDays.before("2025-05-08T10:00:00+02:00", 10)).isEqualTo(expected);
  }

  @Test
  void beforeReadsADateInCopenhagenTime() {
    // 23:30 UTC on 7 May is 01:30 on 8 May in Copenhagen, so the meeting day is 8 May.
    Date meeting = Date.from(Instant.parse("2025-05-07T23:30:00Z"));

    assertThat(workingDays.before(meeting, 3)).isEqualTo(copenhagen(2025, 5, 5, 12, 0));
  }

  @Test
  void beforeSkipsEaster() {
    assertThat(workingDays.before("2025-04-25", 3)).isEqualTo(copenhagen(2025, 4, 22, 12, 0));
  }

  @Test
  void afterUsesTheConfiguredTimeOfDay() {
    WorkingDays at0930 =
        new WorkingDays(new CalendarProperties(List.of(), LocalTime.of(9, 30)));

    assertThat(at0930.after("2025-12-23", 1)).isEqualTo(copenhagen(2025, 12, 24, 9, 30));
    assertThat(workingDays.after("2025-12-23", 1)).isEqualTo(copenhagen(2025, 12, 29, 12, 0));
  }

  @Test
  void beforeRejectsAMissingDate() {
    assertThatThrownBy(() -> workingDays.before(null, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Expected a date");
  }

  private static Date copenhagen(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, COPENHAGEN).toInstant());
  }

  @Test
  void aClosedDayIsNamedInDanish() {
    assertThat(workingDays.closedReason(LocalDate.parse("2025-12-25"))).contains("juledag");
    assertThat(workingDays.closedReason(LocalDate.parse("2025-06-09"))).contains("2. pinsedag");
    assertThat(workingDays.closedReason(LocalDate.parse("2025-04-17"))).contains("skærtorsdag");
    assertThat(workingDays.closedReason(LocalDate.parse("2025-12-24"))).contains("juleaftensdag");
    assertThat(workingDays.closedReason(LocalDate.parse("2025-03-08"))).contains("en lørdag");
    assertThat(workingDays.closedReason(LocalDate.parse("2025-03-10"))).isEmpty();
  }
}
