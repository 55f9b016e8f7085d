package dev.newsdesk.store;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.util.Objects;

/**
 * What the search index holds of one article.
 *
 * @param sequence the stored item's sequence, so the index knows how far it is behind the store
 * @param title may be null
 * @param source may be null
 */
public record IndexedArticle(
    long sequence, ArticleId id, StoryId story, String title, String source, String text) {
  public IndexedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(text, "text");
  }
}
