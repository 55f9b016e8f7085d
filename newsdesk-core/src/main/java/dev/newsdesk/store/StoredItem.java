package dev.newsdesk.store;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * One accepted item as stored: the raw item, and where the pipeline placed it.
 *
 * @param sequence its position in arrival order, from 1; replay follows it
 * @param duplicateOf the earlier article it copies, or null
 */
public record StoredItem(
    long sequence,
    RawDocument item,
    ArticleId article,
    StoryId story,
    ArticleId duplicateOf,
    Instant storedAt) {
  public StoredItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}
