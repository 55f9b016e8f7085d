package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of keywords matched anywhere inside a string in one call, with optional boundaries: the
 * class-and-id vocabulary of Readability without its regular expressions.
 *
 * <p>A keyword is written as plain text, optionally wrapped in markers: a leading or trailing
 * {@code \b} asks for a word boundary there (as in a regular expression: a letter, digit or
 * underscore on one side only), a leading or trailing {@code |} asks for a separator there: the
 * start or end of the string, whitespace, {@code _} or {@code -}. So {@code "|ad|"} matches {@code
 * "top-ad"} but not {@code "header"}, and {@code "foot\b"} matches {@code "foot"} but not {@code
 * "football"}.
 *
 * <p>Design decision: {@link String#indexOf(String, int)} per keyword instead of one alternation
 * regex. Class names are short and the vocabulary is a few dozen words; the JDK's intrinsic {@code
 * indexOf} does that in a fraction of the time the regex engine needs to try every alternative at
 * every position, and this check runs for nearly every element of every page. Immutable and
 * thread-safe.
 */
final class KeywordSet {

  private static final byte NONE = 0;
  private static final byte WORD = 1;
  private static final byte SEPARATOR = 2;

  private final String[] words;
  private final byte[] before;
  private final byte[] after;

  private KeywordSet(List<String> words, List<Byte> before, List<Byte> after) {
    this.words = words.toArray(String[]::new);
    this.before = new byte[words.size()];
    this.after = new byte[words.size()];
    for (int i = 0; i < this.words.length; i++) {
      this.before[i] = before.get(i);
      this.after[i] = after.get(i);
    }
  }

  /** A set of the keywords {@code specs}, each with optional boundary markers as above. */
  static KeywordSet of(String... specs) {
    List<String> words = new ArrayList<>();
    List<Byte> before = new ArrayList<>();
    List<Byte> after = new ArrayList<>();
    for (String spec : specs) {
      String w = spec;
      byte b = NONE;
      byte a = NONE;
      if (w.startsWith("\\b")) {
        b = WORD;
        w = w.substring(2);
      } else if (w.startsWith("|")) {
        b = SEPARATOR;
        w = w.substring(1);
      }
      if (w.endsWith("\\b")) {
        a = WORD;
        w = w.substring(0, w.length() - 2);
      } else if (w.endsWith("|")) {
        a = SEPARATOR;
        w = w.substring(0, w.length() - 1);
      }
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty keyword in " + spec);
      }
      words.add(w);
      before.add(b);
      after.add(a);
    }
    return new KeywordSet(words, before, after);
  }

  /** Whether any keyword occurs in {@code s} with its boundaries. */
  boolean matches(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
        if (bounded(s, at - 1, before[k], w.charAt(0))
            && bounded(s, at + w.length(), after[k], w.charAt(w.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the char at {@code i} (outside {@code s} when out of range) meets the boundary. */
  private static boolean bounded(String s, int i, byte kind, char inside) {
    if (kind == NONE) {
      return true;
    }
    boolean outOfRange = i < 0 || i >= s.length();
    if (kind == SEPARATOR) {
      if (outOfRange) {
        return true;
      }
      char c = s.charAt(i);
      return c == '_' || c == '-' || Character.isWhitespace(c);
    }
    boolean outsideIsWord = !outOfRange && isWordChar(s.charAt(i));
    return isWordChar(inside) != outsideIsWord;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
