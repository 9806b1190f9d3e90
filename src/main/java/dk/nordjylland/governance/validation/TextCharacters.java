package dk.nordjylland.governance.validation;

import java.util.Optional;

/**
 * The characters a text may hold. A user's text is refused when it contains a control character other than tab,
 * line feed and carriage return, a lone half of a UTF-16 surrogate pair, or U+FFFE/U+FFFF: none of them is something
 * a person types, none can be written in XML (the agenda PDF failed on one NUL, issue 13) and a lone surrogate is not
 * even valid JSON on the way out. Text already stored is shown without them ({@link #renderable}).
 */
public final class TextCharacters {

  private TextCharacters() {}

  /** The index of the first character a text may not hold, or -1. */
  public static int firstForbidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a whole pair: one character outside the Basic Multilingual Plane (e.g. an emoji)
      } else if (forbidden(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The Danish problem with a field's text, if it holds a character it may not. */
  public static Optional<String> problem(String field, CharSequence text) {
    int at = text == null ? -1 : firstForbidden(text);
    if (at < 0) {
      return Optional.empty();
    }
    char c = text.charAt(at);
    String what = Character.isSurrogate(c) ? "et ufuldstændigt tegn (en halv tegnkode, U+%04X)"
        : Character.isISOControl(c) ? "et kontroltegn (U+%04X)" : "et ugyldigt tegn (U+%04X)";
    return Optional.of("Feltet '" + field + "' indeholder " + String.format(what, (int) c) + ", som ikke kan bruges i"
        + " tekst. Fjern tegnet (det kommer ofte med, når tekst kopieres fra et andet program), og prøv igen.");
  }

  /** The text without the characters a text may not hold: for PDFs and mails made from stored text. */
  public static String renderable(String text) {
    if (text == null || firstForbidden(text) < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else if (!forbidden(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static boolean forbidden(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
  }
}
