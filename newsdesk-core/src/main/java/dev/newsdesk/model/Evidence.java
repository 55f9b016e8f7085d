package dev.newsdesk.model;

import java.util.Objects;

/** Where a statement stands: a span of one article's analysed text. */
public record Evidence(ArticleId articleId, Span span) {
  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
  }
}
