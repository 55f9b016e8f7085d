package dev.newsdesk.internal;

/**
 * Cheap pre-checks that let a regular expression be skipped when it cannot match: a pattern whose
 * every match contains one of a few literal words cannot match a text that holds none of them.
 *
 * <p>The checks are exact only when the text is folded the way the pattern compares letters: {@link
 * #caseFold} for {@code CASE_INSENSITIVE | UNICODE_CASE}, {@link #asciiLower} for {@code
 * CASE_INSENSITIVE} alone, the text itself for a case-sensitive pattern; and the words must be
 * written in that folding (lower case). Stateless.
 */
public final class Literals {
  private Literals() {}

  /**
   * The text as {@code CASE_INSENSITIVE | UNICODE_CASE} patterns compare it: every char {@code c}
   * becomes {@code toLowerCase(toUpperCase(c))}, which is how {@code java.util.regex} folds both
   * the pattern's literal chars and the input's. So a literal lower-case word matches at some place
   * of the text exactly when the folded text holds it there; it also catches the odd chars that
   * fold into ASCII ("K" the Kelvin sign to "k", the long "ſ" to "s", "İ" and "ı" to "i"), which
   * {@code String.toLowerCase} would get wrong (it turns "İ" into two chars). Same length as the
   * text.
   */
  public static String caseFold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < 0x80 ? asciiLower(c) : Character.toLowerCase(Character.toUpperCase(c));
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * The text as {@code CASE_INSENSITIVE} patterns without {@code UNICODE_CASE} compare it: only
   * ASCII letters change case ({@code java.util.regex} leaves every other char as it is).
   */
  public static String asciiLower(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = (char) (c + ('a' - 'A'));
      }
    }
    return out == null ? text : new String(out);
  }

  /** Whether the (folded) text contains any of the words. */
  public static boolean any(String folded, String... words) {
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The char as {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} compares it. */
  public static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}: ASCII white space. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What {@code \d} matches without {@code UNICODE_CHARACTER_CLASS}: 0 to 9. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the text holds a char {@code \d} matches: a pattern that needs one can be skipped. */
  public static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
