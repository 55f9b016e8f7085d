package dev.newsdesk.eval;

import dev.newsdesk.model.Span;
import java.util.Objects;

/** A character span with the label it was annotated or predicted with ("Source", "Cue", …). */
public record LabeledSpan(String label, Span span) {
  public LabeledSpan {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
  }

  public static LabeledSpan of(String label, int start, int end) {
    return new LabeledSpan(label, new Span(start, end));
  }
}
