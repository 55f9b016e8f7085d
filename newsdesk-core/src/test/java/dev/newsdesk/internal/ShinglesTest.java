package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  /** What {@link Shingles#words} used to match with; the scan must find the same runs. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void aWordPartIsExactlyALetterOrNumberAsThePatternReadsIt() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean pattern = WORD.matcher(new String(Character.toChars(cp))).matches();
      if (Shingles.isWordPart(cp) != pattern) {
        assertThat(Shingles.isWordPart(cp)).as("U+%04X", cp).isEqualTo(pattern);
      }
    }
  }

  @Test
  void wordsAreTheRunsThePatternFindsInTheFoldedText() {
    List<String> texts =
        List.of(
            "",
            "   ",
            "Erdoğan met CNN Türk's editor on 8 December, 2024 — at 10:30.",
            "x",
            "end with a word",
            "\u00BD of 2\u00B2 is \u2160 (roman) and \u0661\u0662 arabic digits",
            "emoji \uD83D\uDE00 between words, and a math letter \uD835\uDC00 too",
            "unpaired \uD800 surrogate \uDC00 here",
            "ﬁne ligature, 'quotes' “double” and dashes–and—more",
            "日本語のテキスト mixed with Latin");
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = WORD.matcher(TextNormalizer.key(text));
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(Shingles.words(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void anOverlapThatCanReachTheLeastIsCountedExactlyAndOneThatCannotIsMinusOne() {
    Random random = new Random(7);
    int reached = 0;
    for (int round = 0; round < 5_000; round++) {
      long[] a = sortedDistinct(random, 1 + random.nextInt(30));
      long[] b = sortedDistinct(random, 1 + random.nextInt(30));
      int exact = common(a, b);
      int least = random.nextInt(Math.min(a.length, b.length) + 3);
      int found = Shingles.overlapReaching(a, b, least);
      if (exact >= least) {
        assertThat(found).as("%s ∩ %s, least %d", a, b, least).isEqualTo(exact);
        reached++;
      } else {
        assertThat(found).as("%s ∩ %s, least %d", a, b, least).isEqualTo(-1);
      }
    }
    assertThat(reached).as("both branches are exercised").isBetween(500, 4_500);
  }

  @Test
  void aSetInsideAnotherReachesItsOwnSizeAndNoMore() {
    long[] inner = {3, 9, 27};
    long[] outer = {1, 3, 5, 9, 11, 27, 40};
    assertThat(Shingles.overlapReaching(inner, outer, 3)).isEqualTo(3);
    assertThat(Shingles.overlapReaching(outer, inner, 3)).isEqualTo(3);
    assertThat(Shingles.overlapReaching(inner, outer, 4)).isEqualTo(-1);
    assertThat(Shingles.overlapReaching(new long[0], outer, 0)).isZero();
  }

  /** The intersection's size, counted through a set rather than by a merge. */
  private static int common(long[] a, long[] b) {
    Set<Long> inA = LongStream.of(a).boxed().collect(Collectors.toSet());
    return (int) LongStream.of(b).filter(inA::contains).count();
  }

  /** Values from a small range, so two draws share some. */
  private static long[] sortedDistinct(Random random, int n) {
    return LongStream.generate(() -> random.nextInt(60) - 30L)
        .limit(n)
        .distinct()
        .sorted()
        .toArray();
  }
}
