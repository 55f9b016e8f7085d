package dev.newsdesk.store;

import java.time.Instant;

/**
 * A page of the story list, newest update first. Every filter may be null (no filter).
 *
 * @param since only stories updated at or after this instant
 * @param until only stories updated before this instant
 * @param source only stories with an article from this outlet (case-insensitive)
 * @param entity only stories naming this entity or alias (case-insensitive)
 */
public record StoryQuery(
    Instant since, Instant until, String source, String entity, int offset, int limit) {
  public static final int MAX_LIMIT = 200;

  public StoryQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static StoryQuery firstPage(int limit) {
    return new StoryQuery(null, null, null, null, 0, limit);
  }
}
