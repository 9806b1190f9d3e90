package dk.nordjylland.governance.screen;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.validation.TextCharacters;
import dk.nordjylland.governance.validation.TextLimits;
import dk.nordjylland.governance.validation.UserInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a person submitted on a screen, read field by field with Danish messages on the field that is wrong. The
 * screen reads every field first and then calls {@link #requireValid()}, so all errors show at once.
 */
public final class ScreenInput {

  /** Longest free text of a single field (Camunda keeps longer texts too, ADR 0032; the limit is for people). */

  private final MultiValueMap<String, String> values;
  private final MultiValueMap<String, MultipartFile> files;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String notice;

  public ScreenInput(MultiValueMap<String, String> values, MultiValueMap<String, MultipartFile> files) {
    this.values = values;
    this.files = files;
  }

  /** The typed text, stripped; "" when the field was not sent. */
  public String text(String field) {
    String value = values.getFirst(field);
    return value == null ? "" : value.strip();
  }

  /** A free text; an error on the field when it is required and empty, too long or holds control characters. */
  public String text(String field, String label, boolean required) {
    String value = text(field);
    if (required && value.isEmpty()) {
      error(field, "Udfyld feltet \"" + label + "\".");
    } else if (value.length() > TextLimits.SCREEN_FIELD) {
      error(field, label + " er for lang: højst " + TextLimits.SCREEN_FIELD + " tegn (nu " + value.length() + ").");
    } else {
      TextCharacters.problem(label, value).ifPresent(problem -> error(field, problem));
    }
    return value;
  }

  /** A date typed dd-mm-åååå (or picked, yyyy-mm-dd); never reinterpreted: an impossible date is an error. */
  public Optional<LocalDate> date(String field, String label, boolean required) {
    String typed = text(field);
    if (typed.isEmpty()) {
      if (required) {
        error(field, "Skriv en dato i feltet \"" + label + "\" (" + DanishDates.TYPED_FORMAT + ", fx 08-01-2027).");
      }
      return Optional.empty();
    }
    try {
      return DanishDates.parse(label, typed);
    } catch (UserInputException e) {
      error(field, e.getMessage() + " Skriv fx 08-01-2027 for 8. januar 2027.");
      return Optional.empty();
    }
  }

  /** A time of day typed tt.mm or tt:mm (13.00, 9:30); an impossible time is an error on the field. */
  public Optional<LocalTime> time(String field, String label, boolean required) {
    String typed = text(field);
    if (typed.isEmpty()) {
      if (required) {
        error(field, "Skriv et klokkeslæt i feltet \"" + label + "\" (tt.mm, fx 13.00).");
      }
      return Optional.empty();
    }
    Matcher m = Pattern.compile("(\\d{1,2})[.:](\\d{2})").matcher(typed);
    if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
      error(field, "\"" + label + "\": " + typed + " er ikke et klokkeslæt. Skriv tt.mm, fx 13.00.");
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** One of the offered values (radio, select); an error when it is missing and required, or not offered. */
  public String choice(String field, String label, Collection<String> offered, boolean required) {
    String value = text(field);
    if (value.isEmpty()) {
      if (required) {
        error(field, "Vælg en værdi i \"" + label + "\".");
      }
      return null;
    }
    if (!offered.contains(value)) {
      error(field, "\"" + label + "\": vælg en af de viste muligheder.");
      return null;
    }
    return value;
  }

  /** The checked boxes of a group (same name); values not offered are an error. */
  public List<String> checked(String field, String label, Collection<String> offered) {
    List<String> checked = values.getOrDefault(field, List.of()).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).distinct().toList();
    if (!offered.containsAll(checked)) {
      error(field, "\"" + label + "\": vælg blandt de viste muligheder.");
      return List.of();
    }
    return checked;
  }

  /** A single checkbox. */
  public boolean checked(String field) {
    String value = text(field);
    return "true".equals(value) || "on".equals(value);
  }

  /** An uploaded file, if one was chosen. */
  public Optional<MultipartFile> file(String field) {
    MultipartFile file = files == null ? null : files.getFirst(field);
    return file == null || file.isEmpty() ? Optional.empty() : Optional.of(file);
  }

  public void error(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public boolean hasError(String field) {
    return errors.containsKey(field);
  }

  /** Ends the reading: the field errors, if any, go back to the screen, nothing is done. */
  public void requireValid() {
    if (!errors.isEmpty()) {
      throw new InvalidScreenInput(errors);
    }
  }

  /**
   * The submission did something without completing the task (e.g. registered an item): the screen is shown again,
   * fresh, with this message on top (ADR 0036).
   */
  public void notice(String message) {
    this.notice = message;
  }

  String notice() {
    return notice;
  }

  Map<String, String> errors() {
    return errors;
  }

  MultiValueMap<String, String> values() {
    return values;
  }
}
