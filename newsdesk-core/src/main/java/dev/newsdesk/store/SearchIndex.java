package dev.newsdesk.store;

import java.util.List;

/**
 * Full-text search over the stored articles. Derived from the store: an index behind the store is
 * caught up from {@link #lastSequence()}, and a lost one is rebuilt. Thread-safe.
 */
public interface SearchIndex {
  void add(IndexedArticle article);

  /**
   * The best matches of a query in the user's words; at most {@code limit}.
   *
   * @throws IllegalArgumentException when the query cannot be parsed, naming why
   */
  List<SearchHit> search(String query, int limit);

  /** The highest stored sequence that is indexed and committed, 0 for an empty index. */
  long lastSequence();

  /** Makes what was added durable and visible. */
  void commit();

  /** Forgets every article, before a rebuild. */
  void clear();
}
