package dev.newsdesk.eval;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Date F1 of a timeline, as in timeline-summarisation evaluation: the timeline's dates and the
 * reference timeline's dates are compared as sets, whatever is said on each date.
 *
 * <p>Precision is the share of predicted dates that are reference dates, recall the share of
 * reference dates that were predicted; a ratio with nothing to divide by is 0, as is F1 when both
 * are 0. Scores of several timelines are usually averaged (macro), one score per timeline.
 *
 * @param predicted how many distinct dates the timeline has
 * @param gold how many distinct dates the reference has
 * @param matched how many distinct dates both have
 */
public record DateScore(int predicted, int gold, int matched) {

  public DateScore {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "matched " + matched + " exceeds predicted " + predicted + " or gold " + gold);
    }
  }

  /** Compares the dates of a timeline with those of its reference; repeated dates count once. */
  public static DateScore of(Collection<LocalDate> predicted, Collection<LocalDate> gold) {
    Set<LocalDate> predictedDates = new HashSet<>(predicted);
    Set<LocalDate> goldDates = new HashSet<>(gold);
    Set<LocalDate> both = new HashSet<>(predictedDates);
    both.retainAll(goldDates);
    return new DateScore(predictedDates.size(), goldDates.size(), both.size());
  }

  public double precision() {
    return counts().precision();
  }

  public double recall() {
    return counts().recall();
  }

  public double f1() {
    return counts().f1();
  }

  /** The same comparison as generic match counts. */
  public PrecisionRecall counts() {
    return new PrecisionRecall(predicted, matched, gold, matched);
  }

  /** The figures in report order: date precision, recall and F1. */
  public Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("date_p", precision());
    figures.put("date_r", recall());
    figures.put("date_f1", f1());
    return Collections.unmodifiableMap(figures);
  }
}
