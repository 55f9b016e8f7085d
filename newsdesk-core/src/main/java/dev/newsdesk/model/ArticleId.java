package dev.newsdesk.model;

import java.util.Objects;

/** Identifier of one ingested item; stable for the same input name and content. */
public record ArticleId(String value) implements Comparable<ArticleId> {
  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
  }

  @Override
  public int compareTo(ArticleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
