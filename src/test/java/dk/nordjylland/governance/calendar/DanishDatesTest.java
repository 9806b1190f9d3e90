package dk.nordjylland.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nordjylland.governance.validation.UserInputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishDatesTest {

  static final String FIELD = "Frist for handling 3";

  @ParameterizedTest
  @CsvSource({
      "08-01-2027, 2027-01-08", // the date the US form stored as 1 August
      "01-08-2027, 2027-08-01",
      "'  08-01-2027 ', 2027-01-08",
      "08.01.2027, 2027-01-08", // as the system writes short dates
      "2027-01-08, 2027-01-08", // ISO from API clients
      "29-02-2028, 2028-02-29", // a leap day
      "31-12-2199, 2199-12-31"})
  void aDateIsReadDayFirst(String typed, LocalDate expected) {
    assertThat(DanishDates.parse(FIELD, typed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "31-02-2027", // no such day
      "29-02-2027", // no leap year
      "00-01-2027",
      "08-13-2027", // month 13: a US date typed into a Danish field
      "2027-02-31",
      "8-1-2027", // one digit: refused rather than guessed
      "08/01/2027", // slashes: day or month first?
      "01/08/2027",
      "08-01.2027", // mixed separators
      "08-01-27", // two-digit year
      "08-01-0027", // a typo, not the year 27
      "2027-01-08T00:00:00Z", // a time: which day in Copenhagen?
      "08 - 01 - 2027",
      "8. januar 2027",
      "i morgen"})
  void anImpossibleOrAmbiguousDateIsRefusedWithTheFieldNamed(String typed) {
    assertThatThrownBy(() -> DanishDates.parse(FIELD, typed))
        .isInstanceOf(UserInputException.class)
        .hasMessage(FIELD + ": " + typed.strip() + " er ikke en gyldig dato (dd-mm-åååå).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t \n"})
  void nothingTypedIsNoDate(String typed) {
    assertThat(DanishDates.parse(FIELD, typed)).isEmpty();
    assertThat(DanishDates.parse(FIELD, null)).isEmpty();
  }

  @Test
  void theFormsPatternLetsThroughWhatTheParserReadsAndStopsOtherShapes() {
    Pattern form = Pattern.compile(DanishDates.FORM_PATTERN);
    assertThat(form.matcher("08-01-2027").find()).isTrue();
    assertThat(form.matcher("08.01.2027").find()).isTrue();
    assertThat(form.matcher("2027-01-08").find()).isTrue();
    assertThat(form.matcher("8-1-2027").find()).isFalse();
    assertThat(form.matcher("08/01/2027").find()).isFalse();
    assertThat(form.matcher("2027-01-08T00:00").find()).isFalse();
  }

  /** The Tasklist script that puts form-js' messages in Danish knows the date pattern by its text. */
  @Test
  void theTasklistScriptKnowsTheFormsDatePattern() throws Exception {
    try (InputStream script = getClass().getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/tasklist/scripts/governance-forms.js")) {
      assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8))
          .contains("'" + DanishDates.FORM_PATTERN.replace("\\", "\\\\") + "'");
    }
  }

  @Test
  void datesAreShownInDanish() {
    LocalDate date = LocalDate.of(2027, 1, 8);
    LocalDateTime noon = date.atTime(12, 0);
    assertThat(DanishDates.longDate(date)).isEqualTo("fredag den 8. januar 2027");
    assertThat(DanishDates.longDateTime(noon)).isEqualTo("fredag den 8. januar 2027 kl. 12.00");
    assertThat(DanishDates.date(date)).isEqualTo("8. januar 2027");
    assertThat(DanishDates.dateTime(noon)).isEqualTo("8. januar 2027 kl. 12.00");
    assertThat(DanishDates.numeric(date)).isEqualTo("08.01.2027");
    // A date put into a field is written as the person would type it, and reads back as the same date.
    assertThat(DanishDates.asTyped(date)).isEqualTo("08-01-2027");
    assertThat(DanishDates.parse("Dato", DanishDates.asTyped(date))).contains(date);
    // An instant is shown in Copenhagen time: 11:00 UTC in winter is 12.00.
    Date instant = Date.from(ZonedDateTime.parse("2027-01-08T11:00:00Z").toInstant());
    assertThat(DanishDates.longDateTime(instant)).isEqualTo("fredag den 8. januar 2027 kl. 12.00");
  }
}
