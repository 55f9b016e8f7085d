package dev.newsdesk.cluster;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The days an article's lead says things happened on: day-precise dates in its first sentences,
 * from a week before its publication date to the day after. Two reports of one debate, primary
 * night or shooting usually name the same day ("on Monday night"), whatever their angle and
 * vocabulary; two articles of the same campaign a week apart do not.
 *
 * <p>Design decision: only the lead, and only a window around publication: a date deep in the body
 * or months away is background (an earlier event, a deadline), not the news peg.
 */
final class EventDates {
  static final long[] NONE = new long[0];
  private static final int DAYS_BEFORE = 7;

  private EventDates() {}

  /** Distinct epoch days, ascending; empty without a publication date. */
  static long[] of(AnalyzedArticle article, int leadSentences) {
    LocalDate published = article.article().published();
    if (published == null || leadSentences <= 0) {
      return NONE;
    }
    // Epoch days, not LocalDate arithmetic: a publication date at the end of the calendar must
    // not overflow.
    long from = published.toEpochDay() - DAYS_BEFORE;
    long to = published.toEpochDay() + 1;
    long[] days = new long[article.dates().size()];
    int n = 0;
    for (DateMention date : article.dates()) {
      long day = date.value().toEpochDay();
      if (date.precision() == DatePrecision.DAY
          && date.sentenceIndex() < leadSentences
          && day >= from
          && day <= to) {
        days[n++] = day;
      }
    }
    return Arrays.stream(days, 0, n).distinct().sorted().toArray();
  }

  /** Whether two ascending arrays share a value. */
  static boolean intersect(long[] a, long[] b) {
    return EventKeys.within(a, b, 0);
  }
}
