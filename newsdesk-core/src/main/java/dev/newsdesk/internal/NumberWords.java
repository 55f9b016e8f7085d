package dev.newsdesk.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Small counts as news writes them in words: "a", "one", "two" ... "twelve". */
public final class NumberWords {
  private static final List<String> WORDS =
      List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");

  /**
   * A regular-expression alternation of the words, "a" and "an" included (match it ignoring case).
   */
  public static final String ALTERNATION = "a|an|" + String.join("|", WORDS);

  private NumberWords() {}

  /** The count a word writes ("a" and "an" are one), in any case; empty for any other word. */
  public static OptionalInt value(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("a") || lower.equals("an")) {
      return OptionalInt.of(1);
    }
    int i = WORDS.indexOf(lower);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
  }
}
