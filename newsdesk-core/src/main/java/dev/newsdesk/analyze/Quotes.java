package dev.newsdesk.analyze;

/**
 * Quotation marks in running text: curly quotes by their shape, straight ones ({@code "} and the
 * doubled apostrophe {@code ''}) by what stands beside them. Stateless.
 */
final class Quotes {
  private Quotes() {}

  /** The length of an opening quotation mark at {@code i}, or 0. */
  static int openingAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u00AB') {
      return 1;
    }
    int length = straightAt(text, i);
    if (length == 0) {
      return 0;
    }
    boolean spaceBefore = i == 0 || isSpaceOrOpen(text.charAt(i - 1));
    boolean wordAfter =
        i + length < text.length() && !Character.isWhitespace(text.charAt(i + length));
    return spaceBefore && wordAfter ? length : 0;
  }

  /** The length of a closing quotation mark at {@code i}, or 0. */
  static int closingAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201D' || c == '\u00BB') {
      return 1;
    }
    int length = straightAt(text, i);
    if (length == 0 || i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
      return 0;
    }
    return length;
  }

  /**
   * The end of the quote opened at {@code open}: just after its closing mark, or the end of the
   * paragraph or of {@code limit} characters when it does not close (a quote running on into the
   * next paragraph reopens there).
   */
  static int closeOf(String text, int open, int limit) {
    int from = open + Math.max(1, openingAt(text, open));
    int end = Math.min(text.length(), open + limit);
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return trimEnd(text, open, i);
      }
      int close = closingAt(text, i);
      if (close > 0) {
        return i + close;
      }
    }
    return trimEnd(text, open, end);
  }

  /** The opening mark of the quote that closes at {@code close}, searching back, or -1. */
  static int openingBefore(String text, int close, int limit) {
    int stop = Math.max(0, close - limit);
    for (int i = close - 1; i >= stop; i--) {
      if (text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        return -1;
      }
      if (openingAt(text, i) > 0) {
        return i;
      }
      if (closingAt(text, i) > 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int straightAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '"') {
      return 1;
    }
    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
      return 2;
    }
    return 0;
  }

  private static boolean isSpaceOrOpen(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '-';
  }
}
