package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/** Articles of one story that give different values for the same thing. */
public record Discrepancy(String about, List<Variant> variants) {
  /** One value and the articles that give it. */
  public record Variant(String value, List<ArticleId> citations) {
    public Variant {
      Objects.requireNonNull(value, "value");
      citations = List.copyOf(citations);
    }
  }

  public Discrepancy {
    Objects.requireNonNull(about, "about");
    variants = List.copyOf(variants);
    if (variants.size() < 2) {
      throw new IllegalArgumentException("a discrepancy has at least two variants");
    }
  }
}
