package dev.newsdesk.server;

import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StorySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The saved briefs of the stories: written to the store, and the most recently read held in memory,
 * so a story page or a search's list of stories is a map lookup rather than SQLite reads (the brief
 * JSON of a story of a hundred articles is a few hundred kB).
 *
 * <p>Design decision: write-through and bounded. Every save goes to the store first and then
 * replaces the entry held here, so what is held is never older than the store; a read that missed
 * puts what it read only if no save happened while it read. Once the brief JSON held exceeds a
 * budget of characters, the least recently read entries are dropped until a tenth of the budget is
 * free, so memory stays bounded whatever the number of stories. A read that finds its story takes
 * no lock (a concurrent map, and a time of last read per entry): with one lock around the map, 32
 * readers on 2 cores queued behind a holder the scheduler had paused.
 *
 * <p>Design decision: a save carries the number of the last change its brief includes, and a brief
 * older than the one saved is not saved. Briefs are made outside the desk's lock, several at a
 * time, so one made from an older copy of a story may finish after a newer one. Thread-safe.
 */
final class SavedStories {
  /** A brief to save, made from the story as it stood at change number {@code version}. */
  record Versioned(StorySummary summary, long version) {}

  /** A summary held, with the tick of {@link #clock} it was last read at. */
  private static final class Held {
    final StorySummary summary;
    volatile long used;

    Held(StorySummary summary, long used) {
      this.summary = summary;
      this.used = used;
    }
  }

  private final SqliteStore store;
  private final long budgetChars;
  private final ReentrantLock saveLock = new ReentrantLock();
  private final Map<StoryId, Long> savedVersions = new ConcurrentHashMap<>();
  private final Map<StoryId, Held> held = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong();
  private long heldChars; // guarded by this
  private volatile long saves; // written holding this

  SavedStories(SqliteStore store, long budgetChars) {
    this.store = store;
    this.budgetChars = budgetChars;
  }

  /** The story as last saved. */
  Optional<StorySummary> find(StoryId id) {
    Held h = held.get(id);
    if (h != null) {
      h.used = clock.incrementAndGet();
      return Optional.of(h.summary);
    }
    long before = saves;
    Optional<StorySummary> read = store.find(id);
    if (read.isPresent()) {
      synchronized (this) {
        if (saves == before) {
          hold(read.get());
        }
      }
    }
    return read;
  }

  /**
   * Saves the briefs not older than those saved, in one transaction, and returns those saved. A
   * brief older than the saved one is left out (the newer one stays).
   *
   * @throws dev.newsdesk.store.StoreException when the store refuses them: none is saved
   */
  List<StorySummary> save(List<Versioned> briefs) {
    saveLock.lock();
    try {
      List<Versioned> newer = new ArrayList<>();
      for (Versioned v : briefs) {
        if (v.version() >= savedVersions.getOrDefault(v.summary().id(), Long.MIN_VALUE)) {
          newer.add(v);
        }
      }
      List<StorySummary> summaries = newer.stream().map(Versioned::summary).toList();
      if (summaries.isEmpty()) {
        return summaries;
      }
      store.save(summaries);
      newer.forEach(v -> savedVersions.put(v.summary().id(), v.version()));
      synchronized (this) {
        saves++;
        summaries.forEach(this::hold);
      }
      return summaries;
    } finally {
      saveLock.unlock();
    }
  }

  /** Forgets every story, in the store and here (before a rebuild). */
  void clear() {
    saveLock.lock();
    try {
      store.clear();
      savedVersions.clear();
      synchronized (this) {
        saves++;
        held.clear();
        heldChars = 0;
      }
    } finally {
      saveLock.unlock();
    }
  }

  /** Number of stories held in memory. */
  int held() {
    return held.size();
  }

  /** Holds a summary, dropping the least recently read when over budget. Call holding this. */
  private void hold(StorySummary s) {
    Held old = held.put(s.id(), new Held(s, clock.incrementAndGet()));
    heldChars += s.briefJson().length() - (old == null ? 0 : old.summary.briefJson().length());
    if (heldChars <= budgetChars) {
      return;
    }
    List<Map.Entry<StoryId, Held>> byUse = new ArrayList<>(held.entrySet());
    byUse.sort(Comparator.comparingLong(e -> e.getValue().used));
    for (Map.Entry<StoryId, Held> e : byUse) {
      if (heldChars <= budgetChars - budgetChars / 10) {
        return;
      }
      held.remove(e.getKey());
      heldChars -= e.getValue().summary.briefJson().length();
    }
  }
}
