package dev.newsdesk.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of text for comparison: case, diacritics, typographic quotes and dashes, whitespace. */
public final class TextNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextNormalizer() {}

  /**
   * Removes diacritics ("Türk" to "Turk", "Erdoğan" to "Erdogan") and unifies quotes and dashes.
   */
  public static String fold(String text) {
    if (isAscii(text)) {
      // No ASCII character decomposes, is a mark or is one of the replaced quotes and dashes:
      // folding returns the text as it is, without the normalizer's and the pattern's passes.
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return plain
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u2013', '-')
        .replace('\u2014', '-')
        .replace('\u0131', 'i');
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #fold} plus lower case, for keys and fingerprints. */
  public static String key(String text) {
    return fold(text).toLowerCase(Locale.ROOT);
  }

  /**
   * {@link #key} with every run of characters that are neither letters nor digits made one space,
   * trimmed: the key of a name whatever its punctuation ("CNN-Türk's" and "cnn turk s" alike).
   */
  public static String wordKey(String text) {
    return NOT_LETTER_DIGIT.matcher(key(text)).replaceAll(" ").strip();
  }

  /** Collapses runs of white space (including no-break spaces) to one space and trims. */
  public static String collapseSpaces(String text) {
    // The same result as Pattern.compile("\\s+").matcher(text.replace(NBSP, ' ')).replaceAll(" ")
    // .trim(), in one pass: most lines have no run to collapse, and then the text is only trimmed.
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < n && isSpace(text.charAt(i + 1)) : isSpace(c)) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text.trim();
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i + 1 < n && isSpace(text.charAt(i + 1))) {
          i++;
        }
      } else {
        out.append(c);
      }
      i++;
    }
    return out.toString().trim();
  }

  /** What the pattern {@code \s} matches (ASCII white space), plus the no-break space. */
  private static boolean isSpace(char c) {
    return Literals.isRegexSpace(c) || c == '\u00A0';
  }

  /** Removes control characters other than tab and newline, and unpaired surrogates. */
  public static String stripControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          out.append(c).append(text.charAt(++i));
        }
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      if (c == '\n' || c == '\t' || c == '\r' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
