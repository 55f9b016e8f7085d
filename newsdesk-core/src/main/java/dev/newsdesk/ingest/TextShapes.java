package dev.newsdesk.ingest;

import java.util.regex.Pattern;

/** Shape tests on single lines of plain text, shared by the text readers and the extractor. */
public final class TextShapes {
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("^\\s*[-\u2013\u2014]\\s*$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?\u2026:;,\"\u201D\u2019)]\\s*$");
  private static final Pattern TRUNCATED = Pattern.compile("(\u2026|\\.\\.\\.)\\s*$");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private TextShapes() {}

  /** A line holding only a dash: the digest's item separator. */
  public static boolean isItemSeparator(String line) {
    return ITEM_SEPARATOR.matcher(line).matches();
  }

  /** Ends in an ellipsis: the publisher cut the text off. */
  public static boolean isTruncated(String line) {
    return TRUNCATED.matcher(line).find();
  }

  /**
   * Looks like a headline: a few words to a couple of dozen, starting with a capital, not ending as
   * a sentence does. Question and exclamation marks are allowed: headlines use them.
   */
  public static boolean isTitleLike(String line) {
    String text = line.strip();
    if (text.isEmpty()
        || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
      return false;
    }
    if (TERMINAL.matcher(text).find() && !text.endsWith("?") && !text.endsWith("!")) {
      return false;
    }
    int words = wordCount(text);
    return words >= 3 && words <= 30;
  }

  /** Ends mid-sentence or with an ellipsis: a snippet cut to length. */
  public static boolean looksCutOff(String line) {
    String text = line.strip();
    return isTruncated(text) || !TERMINAL.matcher(text).find() && wordCount(text) > 30;
  }

  public static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
