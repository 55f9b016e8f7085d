package dev.newsdesk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word tokens folded for comparison, and hashed word shingles over them. */
public final class Shingles {
  private Shingles() {}

  /** Lower-cased, diacritic-free words: the vocabulary in which copies are compared. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String folded = TextNormalizer.key(text);
    // The runs that the pattern [\p{L}\p{N}]+ finds, found by a scan of code points: every
    // article's text and every sentence of every brief goes through here, and the matcher was most
    // of the cost. isWordPart is that character class exactly (ShinglesTest compares the two).
    int start = -1;
    int i = 0;
    while (i < folded.length()) {
      int cp = folded.codePointAt(i);
      if (isWordPart(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /** Whether a code point is in {@code [\p{L}\p{N}]}: a letter (L*) or a number (N*). */
  static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Sorted, distinct hashes of the {@code k}-word shingles; one shingle when fewer words. */
  public static long[] hashes(List<String> words, int k) {
    if (words.isEmpty()) {
      return new long[0];
    }
    // Each word is hashed once, not once per shingle it is in.
    long[] wordHashes = new long[words.size()];
    for (int j = 0; j < wordHashes.length; j++) {
      wordHashes[j] = Hashing.hash64(words.get(j));
    }
    int count = Math.max(1, words.size() - k + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = i; j < Math.min(words.size(), i + k); j++) {
        h = Hashing.mix(h * 31 + wordHashes[j]);
      }
      hashes[i] = h;
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || hashes[distinct - 1] != hashes[i]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == count ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /**
   * Size of the intersection of two sorted, distinct arrays, or -1 as soon as it cannot reach
   * {@code least} (0: always the size): most candidates of a lookup are not matches, and their
   * merge stops early.
   */
  public static int overlapReaching(long[] a, long[] b, int least) {
    if (least > Math.min(a.length, b.length)) {
      return -1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else {
        if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
        if (common + Math.min(a.length - i, b.length - j) < least) {
          return -1;
        }
      }
    }
    return common;
  }
}
