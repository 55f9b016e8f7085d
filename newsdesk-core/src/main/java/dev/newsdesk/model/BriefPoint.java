package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/** One sentence of a brief and the articles that support it. */
public record BriefPoint(String text, List<ArticleId> citations) {
  public BriefPoint {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("no citation, no sentence: " + text);
    }
  }
}
