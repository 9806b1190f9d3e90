package dk.nordjylland.governance.calendar;

import dk.nordjylland.governance.validation.UserInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Danes type and read them: the one parser of every date a person types (in a Tasklist form or the
 * API), and the one set of Danish formats every screen, mail and document shows.
 *
 * <p>Typed: {@code dd-mm-åååå} (08-01-2027 is 8 January 2027), also with dots ({@code 08.01.2027}, as the
 * system writes short dates), and ISO {@code åååå-mm-dd} from API clients. Everything else is refused, never
 * guessed: an impossible date (31-02-2027), one digit for day or month (8-1-2027, which a form with
 * US dates would have read as 1 August), slashes (08/01/2027: day or month first?), a time, a year outside
 * 1900-2199 (0027 is a typo, not the year 27).
 */
public final class DanishDates {

  public static final Locale DANISH = Locale.forLanguageTag("da-DK");
  /** How the forms ask for a date. */
  public static final String TYPED_FORMAT = "dd-mm-åååå";
  /** The shape the forms check before they submit (form-js {@code validate.pattern}); the parser decides. */
  public static final String FORM_PATTERN = "^\\s*(\\d{2}[-.]\\d{2}[-.]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$";

  private static final Pattern DANISH_SHAPE = Pattern.compile("(\\d{2})([-.])(\\d{2})\\2(\\d{4})");
  private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final DateTimeFormatter TYPED = strict("dd-MM-uuuu");
  private static final DateTimeFormatter ISO = strict("uuuu-MM-dd");
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;

  /** "fredag den 8. januar 2027". */
  public static final DateTimeFormatter LONG_DATE = format("EEEE 'den' d. MMMM uuuu");
  /** "fredag den 8. januar 2027 kl. 12.00". */
  public static final DateTimeFormatter LONG_DATE_TIME = format("EEEE 'den' d. MMMM uuuu 'kl.' HH.mm");
  /** "8. januar 2027". */
  public static final DateTimeFormatter DATE = format("d. MMMM uuuu");
  /** "8. januar 2027 kl. 12.00". */
  public static final DateTimeFormatter DATE_TIME = format("d. MMMM uuuu 'kl.' HH.mm");
  /** "08.01.2027". */
  public static final DateTimeFormatter NUMERIC = format("dd.MM.uuuu");
  /** "08-01-2027": a date as the forms ask for it ({@link #TYPED_FORMAT}), to fill a field in. */
  public static final DateTimeFormatter AS_TYPED = format("dd-MM-uuuu");
  /** "12.00". */
  public static final DateTimeFormatter TIME = format("HH.mm");

  private DanishDates() {}

  /**
   * The date a person typed in a field.
   *
   * @param field the field as the person sees it, e.g. "Frist for handling 3"; named in the message
   * @return empty when nothing (or only spaces) was typed
   * @throws UserInputException "Frist for handling 3: 31-02-2027 er ikke en gyldig dato (dd-mm-åååå)."
   */
  public static Optional<LocalDate> parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String typed = text.strip();
    Matcher danish = DANISH_SHAPE.matcher(typed);
    Matcher iso = ISO_SHAPE.matcher(typed);
    try {
      LocalDate date;
      if (danish.matches()) {
        date = LocalDate.parse(danish.group(1) + "-" + danish.group(3) + "-" + danish.group(4), TYPED);
      } else if (iso.matches()) {
        date = LocalDate.parse(typed, ISO);
      } else {
        throw invalid(field, typed);
      }
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        throw invalid(field, typed);
      }
      return Optional.of(date);
    } catch (DateTimeException e) {
      throw invalid(field, typed);
    }
  }

  private static UserInputException invalid(String field, String typed) {
    return new UserInputException(field + ": " + typed + " er ikke en gyldig dato (" + TYPED_FORMAT + ").");
  }

  /** "fredag den 8. januar 2027". */
  public static String longDate(TemporalAccessor date) {
    return LONG_DATE.format(date);
  }

  /** "fredag den 8. januar 2027 kl. 12.00". */
  public static String longDateTime(TemporalAccessor dateTime) {
    return LONG_DATE_TIME.format(dateTime);
  }

  /** "fredag den 8. januar 2027 kl. 12.00", in Danish time. */
  public static String longDateTime(Date instant) {
    return longDateTime(inDanishTime(instant));
  }

  /** "8. januar 2027". */
  public static String date(TemporalAccessor date) {
    return DATE.format(date);
  }

  /** "8. januar 2027 kl. 12.00". */
  public static String dateTime(TemporalAccessor dateTime) {
    return DATE_TIME.format(dateTime);
  }

  /** "8. januar 2027 kl. 12.00", in Danish time. */
  public static String dateTime(Date instant) {
    return dateTime(inDanishTime(instant));
  }

  /** "08.01.2027": task names and list lines, where space is short. */
  public static String numeric(TemporalAccessor date) {
    return NUMERIC.format(date);
  }

  /** "08-01-2027": the value of a date field the person may change (read back by {@link #parse}). */
  public static String asTyped(TemporalAccessor date) {
    return AS_TYPED.format(date);
  }

  /** "12.00". */
  public static String time(TemporalAccessor time) {
    return TIME.format(time);
  }

  private static LocalDateTime inDanishTime(Date instant) {
    return EngineClock.inLocalTime(instant);
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, DANISH).withResolverStyle(ResolverStyle.STRICT);
  }

  private static DateTimeFormatter format(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, DANISH);
  }
}
