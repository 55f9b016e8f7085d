package dev.newsdesk.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the container of an item already says about it (JSONL fields, feed entry, digest header).
 * Every field may be null: extraction fills in what it can find in the body.
 *
 * @param publishedAt the publication instant when the time of day is known
 */
public record ItemMetadata(
    String url,
    String source,
    String title,
    LocalDate published,
    Instant publishedAt,
    String byline,
    String language) {

  private static final ItemMetadata NONE =
      new ItemMetadata(null, null, null, null, null, null, null);

  public static ItemMetadata none() {
    return NONE;
  }

  public ItemMetadata withPublished(LocalDate date) {
    return new ItemMetadata(url, source, title, date, publishedAt, byline, language);
  }

  public ItemMetadata withSource(String outlet) {
    return new ItemMetadata(url, outlet, title, published, publishedAt, byline, language);
  }
}
