package dev.newsdesk.model;

import java.util.Objects;

/** A name in the text, typed. Variants of one entity are merged later, per story. */
public record EntityMention(Span span, String text, EntityType type, int sentenceIndex) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
