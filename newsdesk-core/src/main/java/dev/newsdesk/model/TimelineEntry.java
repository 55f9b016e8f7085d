package dev.newsdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What happened on one date, with the articles that say so.
 *
 * @param background true for context long before the story (a 1970 coup) or far after it (a lease
 *     until 2066)
 */
public record TimelineEntry(
    LocalDate date,
    DatePrecision precision,
    String text,
    List<ArticleId> citations,
    boolean background) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("no citation, no timeline entry");
    }
  }
}
