package dev.newsdesk.extract.html;

/** Whitespace normalisation for extracted text. */
final class Texts {

  private Texts() {}

  /** Collapses every run of whitespace (including no-break and zero-width spaces) and trims. */
  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The length {@link #normalize} would return, without building the string. */
  static int normalizedLength(String s) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        space = n > 0;
      } else {
        if (space) {
          n++;
          space = false;
        }
        n++;
      }
    }
    return n;
  }

  static boolean isInvisible(char c) {
    return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad';
  }

  /** Whitespace as {@link #normalize} collapses it; ASCII is decided without a table lookup. */
  static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
