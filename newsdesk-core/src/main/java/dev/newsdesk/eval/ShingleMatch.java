package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one predicted article body compares with its ground truth under the token-shingle metric of
 * the article-extraction benchmark.
 *
 * <p>Both texts are cut into {@code \w+} tokens (Unicode letters, numbers and underscore, as
 * Python's {@code \w}; case kept), and each token list into its multiset of 4-token shingles; a
 * text of 1 to 3 tokens is one shorter shingle and a text without tokens has none. The counts are
 * {@code tp = Σ min(true, predicted)}, {@code fp = Σ max(0, predicted − true)} and {@code fn = Σ
 * max(0, true − predicted)}, then divided by their sum so that a long article weighs no more than a
 * short one. All three stay 0 when the sum is 0.
 *
 * @param truePositives normalised share of shingles found in both texts
 * @param falsePositives normalised share of predicted shingles not in the ground truth
 * @param falseNegatives normalised share of ground-truth shingles not predicted
 * @param exact true when the two token lists are equal (the benchmark's "accuracy")
 */
public record ShingleMatch(
    double truePositives, double falsePositives, double falseNegatives, boolean exact) {

  /** Tokens per shingle, as in the benchmark. */
  public static final int SHINGLE_LENGTH = 4;

  /**
   * Python's Unicode {@code \w}, which the benchmark's script uses: letters, numbers of every kind
   * (so {@code ½} and {@code ²}) and the underscore.
   *
   * <p>Design decision: not Java's {@code \w} under {@link Pattern#UNICODE_CHARACTER_CLASS}, which
   * also takes combining marks, other connector punctuation and the zero-width joiners, but not
   * {@code ½}. That class scored the benchmark's own trafilatura predictions at F1 0.957 and recall
   * 0.977 instead of the published 0.958 and 0.978; this one reproduces the published table.
   */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  public ShingleMatch {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Compares one prediction with its ground truth. A null text counts as empty. */
  public static ShingleMatch of(String predicted, String truth) {
    List<String> predictedTokens = tokens(predicted);
    List<String> trueTokens = tokens(truth);
    Map<String, Integer> predictedShingles = shingles(predictedTokens);
    Map<String, Integer> trueShingles = shingles(trueTokens);
    Set<String> keys = new HashSet<>(predictedShingles.keySet());
    keys.addAll(trueShingles.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String key : keys) {
      int p = predictedShingles.getOrDefault(key, 0);
      int t = trueShingles.getOrDefault(key, 0);
      tp += Math.min(p, t);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    boolean exact = predictedTokens.equals(trueTokens);
    return sum == 0
        ? new ShingleMatch(0, 0, 0, exact)
        : new ShingleMatch(tp / sum, fp / sum, fn / sum, exact);
  }

  /**
   * The {@code \w+} tokens of a text (Python's Unicode word characters), in order. Null is empty.
   */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(Objects.requireNonNullElse(text, ""));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of shingles; a key is the shingle's tokens joined by single spaces. */
  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    int starts = Math.max(1, tokens.size() - SHINGLE_LENGTH + 1);
    for (int i = 0; i < starts && !tokens.isEmpty(); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_LENGTH));
      counts.merge(String.join(" ", shingle), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Precision of this document: 1 when there is neither a false positive nor a false negative, 0
   * when there is neither a true nor a false positive, else {@code tp / (tp + fp)}.
   */
  public double precision() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1;
    }
    if (truePositives == 0 && falsePositives == 0) {
      return 0;
    }
    return truePositives / (truePositives + falsePositives);
  }

  /**
   * Recall of this document: 1 when there is neither a false positive nor a false negative, 0 when
   * there is neither a true positive nor a false negative, else {@code tp / (tp + fn)}.
   */
  public double recall() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1;
    }
    if (truePositives == 0 && falseNegatives == 0) {
      return 0;
    }
    return truePositives / (truePositives + falseNegatives);
  }

  /** Whether this document enters the precision average: it has some predicted shingle. */
  public boolean countsForPrecision() {
    return truePositives + falsePositives > 0;
  }

  /** Whether this document enters the recall average: it has some ground-truth shingle. */
  public boolean countsForRecall() {
    return truePositives + falseNegatives > 0;
  }
}
