package dev.newsdesk.internal;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * An inverted index from term ids to the texts (sentences, statements) that contain them, for
 * finding those a new one could match without comparing it with every text of the story.
 *
 * <p>Design decision (bounded candidate search): the story's comparisons (a statement joining a
 * claim, an article's sentence supporting a point) all need the words two texts share to weigh at
 * least a fixed share of the query's words. The query's words are visited heaviest first; once the
 * words not yet visited weigh less than that share, a text not met so far cannot reach it, so the
 * light, common words of the story (whose posting lists are the longest) are never walked. What
 * remains is exact: each candidate is then compared in full by the caller. Hand-written because the
 * sets are small and per story; Lucene's scorers do the same at a scale and cost this does not
 * need. Not thread-safe.
 */
public final class TermIndex {
  private final IntToDoubleFunction weight;
  private int[][] postings = new int[64][];
  private int[] postingSizes = new int[64];
  private int texts;

  // Per-query scratch, reused: the shared weight found so far and the query that last touched it.
  private double[] shared = new double[64];
  private int[] touchedBy = new int[64];

  /** Each text's own word weight. */
  private double[] totals = new double[64];

  private int query;

  /**
   * @param weight each term id's weight, fixed while the index is in use
   */
  public TermIndex(IntToDoubleFunction weight) {
    this.weight = weight;
  }

  /** Adds a text's term ids; returns its number (0, 1, 2… in the order added). */
  public int add(int[] terms) {
    int id = texts++;
    double total = 0;
    for (int term : terms) {
      total += weight.applyAsDouble(term);
      if (term >= postings.length) {
        int size = Math.max(term + 1, postings.length * 2);
        postings = Arrays.copyOf(postings, size);
        postingSizes = Arrays.copyOf(postingSizes, size);
      }
      int[] list = postings[term];
      if (list == null) {
        list = new int[4];
        postings[term] = list;
      } else if (postingSizes[term] == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        postings[term] = list;
      }
      list[postingSizes[term]++] = id;
    }
    if (texts > shared.length) {
      shared = Arrays.copyOf(shared, texts * 2);
      touchedBy = Arrays.copyOf(touchedBy, texts * 2);
      totals = Arrays.copyOf(totals, texts * 2);
    }
    totals[id] = total;
    return id;
  }

  /**
   * The texts that share at least {@code minShare} of the query's word weight with it, and perhaps
   * a few more (an upper bound decides, not the exact share), in the order they were added.
   */
  public int[] candidates(int[] terms, double minShare) {
    return candidates(terms, minShare, 0);
  }

  /**
   * As {@link #candidates(int[], double)}, keeping only texts that could also share at least {@code
   * minShareOfText} of their own word weight with the query (a long text that a short query's words
   * barely touch is left out).
   */
  public int[] candidates(int[] terms, double minShare, double minShareOfText) {
    query++;
    double[] weights = new double[terms.length];
    // Heaviest first, sorted as primitives: a word's weight as a float in the high half of a long
    // and its place in the low half (boxing the places for a comparator was most of a short
    // query's cost). Rounding to float can only change the visiting order of near-equal words,
    // and the bound below uses the exact weights, so which texts qualify does not depend on it.
    long[] order = new long[terms.length];
    double total = 0;
    for (int i = 0; i < terms.length; i++) {
      weights[i] = weight.applyAsDouble(terms[i]);
      order[i] = ((long) Float.floatToIntBits((float) Math.max(0, weights[i])) << 32) | i;
      total += weights[i];
    }
    if (total <= 0) {
      return new int[0];
    }
    Arrays.sort(order);
    double needed = minShare * total;
    double unseen = total;
    int[] found = new int[16];
    int count = 0;
    for (int k = order.length - 1; k >= 0 && unseen >= needed; k--) {
      int i = (int) order[k];
      unseen -= weights[i];
      int term = terms[i];
      if (term >= postings.length || postings[term] == null) {
        continue;
      }
      int[] list = postings[term];
      for (int p = 0, n = postingSizes[term]; p < n; p++) {
        int s = list[p];
        if (touchedBy[s] == query) {
          shared[s] += weights[i];
        } else {
          touchedBy[s] = query;
          shared[s] = weights[i];
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = s;
        }
      }
    }
    // The words not visited could all be shared: that is the bound a candidate must reach.
    int kept = 0;
    for (int c = 0; c < count; c++) {
      double atMost = shared[found[c]] + unseen;
      if (atMost >= needed - 1e-9 && atMost >= minShareOfText * totals[found[c]] - 1e-9) {
        found[kept++] = found[c];
      }
    }
    int[] result = Arrays.copyOf(found, kept);
    Arrays.sort(result);
    return result;
  }
}
