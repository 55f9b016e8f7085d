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
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
}
