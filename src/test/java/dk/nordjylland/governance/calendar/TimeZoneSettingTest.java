package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** governance.zone is the one setting of the time zone: the clock, our dates and working days all follow it. */
class TimeZoneSettingTest {

  private static final Date NOON_UTC = Date.from(LocalDateTime.of(2027, 1, 8, 12, 0).toInstant(ZoneOffset.UTC));

  @AfterEach
  void restore() {
    EngineClock.useZone(EngineClock.DEFAULT_ZONE);
  }

  @Test
  void theConfiguredZoneIsTheZoneOfEveryDateWeShow() {
    configure(new MockEnvironment().withProperty("governance.zone", "UTC"));

    assertThat(EngineClock.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(DanishDates.dateTime(NOON_UTC)).isEqualTo("8. januar 2027 kl. 12.00");
    assertThat(EngineClock.inLocalTime(NOON_UTC)).isEqualTo(LocalDateTime.of(2027, 1, 8, 12, 0));
    assertThat(new WorkingDays(CalendarProperties.defaults()).zone()).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void withoutTheSettingItIsDanishTime() {
    configure(new MockEnvironment());

    assertThat(EngineClock.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(DanishDates.dateTime(NOON_UTC)).isEqualTo("8. januar 2027 kl. 13.00");
    assertThat(EngineClock.toDate(LocalDateTime.of(2027, 1, 8, 13, 0))).isEqualTo(NOON_UTC);
  }

  private static void configure(MockEnvironment environment) {
    new TimeZoneSetting().postProcessEnvironment(environment, new SpringApplication());
  }
}
