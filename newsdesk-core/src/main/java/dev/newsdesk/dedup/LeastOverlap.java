package dev.newsdesk.dedup;

import java.util.Arrays;

/**
 * A memo of a verification's least overlap (the fewest shared items with which two sets of given
 * sizes pass a threshold) for one size on the left and any size on the right. Not thread-safe.
 *
 * <p>Design decision: an article is verified against dozens of candidates (and a sentence against
 * its candidate sentences), each asking the same binary search over doubles for a handful of
 * distinct candidate sizes; the memo asks the function once per pair of sizes while the left size
 * stays the same, and gives the very same answer. Right sizes up to {@value #MEMO_SIZES} are
 * remembered; larger ones are asked each time.
 */
final class LeastOverlap {
  static final int MEMO_SIZES = 1024;
  private static final int UNKNOWN = -1;

  /** The function memoised: least overlap for sizes {@code a} and {@code b}. */
  interface Function {
    int of(int a, int b);
  }

  private final Function function;
  private final int[] memo = new int[MEMO_SIZES];
  private int left = UNKNOWN;

  LeastOverlap(Function function) {
    this.function = function;
  }

  int of(int a, int b) {
    if (b >= MEMO_SIZES) {
      return function.of(a, b);
    }
    if (a != left) {
      Arrays.fill(memo, UNKNOWN);
      left = a;
    }
    int least = memo[b];
    if (least == UNKNOWN) {
      least = function.of(a, b);
      memo[b] = least;
    }
    return least;
  }
}
