package dev.newsdesk.eval;

import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Predicted against gold spans of one label, by exact match and by overlap.
 *
 * <p>Exact: a predicted span is matched when a gold span has the same start and end; a gold span is
 * matched when a predicted span has. Overlap: a predicted span is matched when it shares at least
 * one character with some gold span, and a gold span when it shares one with some predicted span.
 * Matching is not one-to-one: two predicted spans may both be matched by the same gold span, as in
 * the usual overlap scoring of quotation extractors. Spans are only compared within one document:
 * score each document, then add the scores up with {@link #plus(SpanScore)} or {@link #sum(Map,
 * Map)}.
 *
 * <p>Thread-safe and deterministic. Cost: predicted × gold span comparisons per label.
 */
public record SpanScore(String label, PrecisionRecall exact, PrecisionRecall overlap) {

  public SpanScore {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(overlap, "overlap");
  }

  /** Scores one label's predicted spans against its gold spans in one document. */
  public static SpanScore of(String label, List<Span> predicted, List<Span> gold) {
    return new SpanScore(
        label, compare(predicted, gold, Span::equals), compare(predicted, gold, Span::overlaps));
  }

  /**
   * Scores each label found on either side; a predicted span only matches gold spans of its own
   * label. The result is ordered by label.
   */
  public static SortedMap<String, SpanScore> byLabel(
      List<LabeledSpan> predicted, List<LabeledSpan> gold) {
    Map<String, List<Span>> predictedByLabel = group(predicted);
    Map<String, List<Span>> goldByLabel = group(gold);
    SortedMap<String, SpanScore> scores = new TreeMap<>();
    for (String label : union(predictedByLabel, goldByLabel)) {
      scores.put(
          label,
          of(
              label,
              predictedByLabel.getOrDefault(label, List.of()),
              goldByLabel.getOrDefault(label, List.of())));
    }
    return Collections.unmodifiableSortedMap(scores);
  }

  /** Adds up per-label scores of two documents (or of a corpus so far and one more document). */
  public static SortedMap<String, SpanScore> sum(
      Map<String, SpanScore> first, Map<String, SpanScore> second) {
    SortedMap<String, SpanScore> sum = new TreeMap<>(first);
    second.forEach((label, score) -> sum.merge(label, score, SpanScore::plus));
    return Collections.unmodifiableSortedMap(sum);
  }

  /** This score and another of the same label, counted together. */
  public SpanScore plus(SpanScore other) {
    if (!label.equals(other.label)) {
      throw new IllegalArgumentException("cannot add " + other.label + " to " + label);
    }
    return new SpanScore(label, exact.plus(other.exact), overlap.plus(other.overlap));
  }

  /** The figures in report order: exact then overlap precision, recall and F1. */
  public Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("exact_p", exact.precision());
    figures.put("exact_r", exact.recall());
    figures.put("exact_f1", exact.f1());
    figures.put("overlap_p", overlap.precision());
    figures.put("overlap_r", overlap.recall());
    figures.put("overlap_f1", overlap.f1());
    return Collections.unmodifiableMap(figures);
  }

  private static PrecisionRecall compare(
      List<Span> predicted, List<Span> gold, BiPredicate<Span, Span> matches) {
    int matchedPredicted = 0;
    for (Span p : predicted) {
      matchedPredicted += gold.stream().anyMatch(g -> matches.test(p, g)) ? 1 : 0;
    }
    int matchedGold = 0;
    for (Span g : gold) {
      matchedGold += predicted.stream().anyMatch(p -> matches.test(p, g)) ? 1 : 0;
    }
    return new PrecisionRecall(predicted.size(), matchedPredicted, gold.size(), matchedGold);
  }

  private static Map<String, List<Span>> group(List<LabeledSpan> spans) {
    Map<String, List<Span>> byLabel = new LinkedHashMap<>();
    for (LabeledSpan s : spans) {
      byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s.span());
    }
    return byLabel;
  }

  private static List<String> union(Map<String, ?> first, Map<String, ?> second) {
    TreeMap<String, Boolean> labels = new TreeMap<>();
    first.keySet().forEach(l -> labels.put(l, true));
    second.keySet().forEach(l -> labels.put(l, true));
    return List.copyOf(labels.keySet());
  }
}
