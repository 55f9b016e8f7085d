package dev.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The feeds being polled. Thread-safe; every write is durable when it returns. */
public interface SourceStore {
  /** Adds a feed, or returns the existing one with the same URL. */
  Source add(String url, String title, Instant now);

  List<Source> sources();

  Optional<Source> source(long id);

  /** Records a poll's outcome (conditional-GET validators, failures, next due time). */
  void update(Source polled);

  boolean remove(long id);
}
