package dev.newsdesk.store;

import dev.newsdesk.model.StoryId;
import java.util.List;
import java.util.Optional;

/**
 * The stories as last briefed. Derived from the articles: it can always be rebuilt by a replay, so
 * a write here need not be durable before it is acknowledged. Thread-safe.
 */
public interface StoryStore {
  /** Inserts or replaces the summaries, in one transaction. */
  void save(List<StorySummary> stories);

  Optional<StorySummary> find(StoryId id);

  /** One page, newest update first, without the briefs. */
  List<StoryListing> list(StoryQuery query);

  /** How many stories match the query's filters (ignoring its paging). */
  long count(StoryQuery query);

  /** Forgets every story, before a rebuild. */
  void clear();
}
