package dev.newsdesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date said in the text, resolved to a calendar value.
 *
 * @param value the resolved date; for MONTH or YEAR precision, the first day of that period
 * @param relative true when it was resolved against the publication date ("on Sunday")
 * @param sentenceIndex the sentence it stands in
 */
public record DateMention(
    Span span,
    String text,
    LocalDate value,
    DatePrecision precision,
    boolean relative,
    int sentenceIndex) {
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }
}
