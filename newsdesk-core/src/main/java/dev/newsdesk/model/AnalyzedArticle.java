package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/** An article with what analysis found in it. All spans point into {@link #text()}. */
public record AnalyzedArticle(
    Article article,
    String text,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<DateMention> dates,
    List<Attribution> attributions) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    attributions = List.copyOf(attributions);
  }

  public ArticleId id() {
    return article.id();
  }
}
