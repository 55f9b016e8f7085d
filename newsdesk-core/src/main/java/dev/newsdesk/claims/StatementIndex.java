package dev.newsdesk.claims;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * An inverted index from term ids to the statements that contain them, for finding the statements a
 * new one could join without comparing it with every statement of the story.
 *
 * <p>Design decision (bounded candidate search): a statement can join another only when the weight
 * of the words they share is at least a fixed share of its own words' weight (every join rule of
 * {@link ClaimGrouper} implies it). The query's words are visited heaviest first; once the words
 * not yet visited weigh less than that share, a statement not met so far cannot reach it, so the
 * light, common words of the story (whose posting lists are the longest) are never walked. What
 * remains is exact: each candidate is then compared in full by the caller. Hand-written because the
 * sets are small and per story; Lucene's scorers do the same at a scale and cost this does not
 * need. Not thread-safe.
 */
final class StatementIndex {
  private final IntToDoubleFunction weight;
  private int[][] postings = new int[64][];
  private int[] postingSizes = new int[64];
  private int statements;

  // Per-query scratch, reused: the shared weight found so far and the query that last touched it.
  private double[] shared = new double[64];
  private int[] touchedBy = new int[64];
  private int query;

  /**
   * @param weight each term id's weight, fixed while the index is in use
   */
  StatementIndex(IntToDoubleFunction weight) {
    this.weight = weight;
  }

  /** Adds a statement's sorted term ids; returns its number (0, 1, 2… in the order added). */
  int add(int[] terms) {
    int id = statements++;
    for (int term : terms) {
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
    if (statements > shared.length) {
      shared = Arrays.copyOf(shared, statements * 2);
      touchedBy = Arrays.copyOf(touchedBy, statements * 2);
    }
    return id;
  }

  /**
   * The statements that share at least {@code minShare} of the query's word weight with it, and
   * perhaps a few more (an upper bound decides, not the exact share), in the order they were added.
   */
  int[] candidates(int[] terms, double minShare) {
    query++;
    double[] weights = new double[terms.length];
    Integer[] order = new Integer[terms.length];
    double total = 0;
    for (int i = 0; i < terms.length; i++) {
      weights[i] = weight.applyAsDouble(terms[i]);
      order[i] = i;
      total += weights[i];
    }
    if (total <= 0) {
      return new int[0];
    }
    Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
    double needed = minShare * total;
    double unseen = total;
    int[] found = new int[16];
    int count = 0;
    for (int k = 0; k < order.length && unseen >= needed; k++) {
      int i = order[k];
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
      if (shared[found[c]] + unseen >= needed - 1e-9) {
        found[kept++] = found[c];
      }
    }
    int[] result = Arrays.copyOf(found, kept);
    Arrays.sort(result);
    return result;
  }
}
