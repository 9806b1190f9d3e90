package dk.nordjylland.governance.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Turns whatever a process variable holds into a calendar day. Meeting dates reach expressions
 * as java.util.Date (typed variables), as ISO strings (Camunda Forms date and datetime fields)
 * or as java.time values (Java code), and expressions cannot convert them themselves.
 */
final class DateArguments {

  private DateArguments() {}

  static LocalDate toLocalDate(Object value, ZoneId zone) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone).toLocalDate();
    }
    if (value instanceof Date date) {
      // getTime() rather than toInstant(): java.sql.Date.toInstant() throws.
      return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      return parse(text.trim(), zone);
    }
    throw new IllegalArgumentException(
        "Expected a date (Date, LocalDate, ISO-8601 string, ...) but got: " + value);
  }

  private static LocalDate parse(String text, ZoneId zone) {
    if (text.length() == 10) {
      return LocalDate.parse(text);
    }
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
    return toLocalDate(parsed, zone);
  }
}
