package dev.newsdesk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens folded for comparison, and hashed word shingles over them. */
public final class Shingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  /** Lower-cased, diacritic-free words: the vocabulary in which copies are compared. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(TextNormalizer.key(text));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
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

  /** Size of the intersection of two sorted, distinct arrays. */
  public static int overlap(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /**
   * Size of the intersection of two sorted, distinct arrays, or -1 as soon as it cannot reach
   * {@code least}: most candidates of a lookup are not matches, and their merge stops early.
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
