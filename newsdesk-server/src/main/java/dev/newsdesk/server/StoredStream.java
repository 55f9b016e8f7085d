package dev.newsdesk.server;

import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import dev.newsdesk.embedded.AnalysisCodec;
import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredItem;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The stored items replayed into a pipeline, in stored order: how a desk gets its stream state (the
 * dedup index, the story centroids) back on start, after a failed write, and for a reindex.
 *
 * <p>Design decision: the store caches each item's analysis, and the replay places items from it.
 * Placing (dedup and story assignment) is what rebuilds the stream state, and it is a small part of
 * the work; extracting and analysing each item again was the rest (about 90 % of a replay, minutes
 * at 50k articles). The pipeline's state itself is not snapshotted: it belongs to the stages, whose
 * internals change often, and a snapshot would have to be kept in step with each of them. Caching
 * the stages' input instead keeps the replay exact (placing is deterministic for the same analyses
 * in the same order), needs nothing of the stages, and also serves the analyses of the active
 * stories' members, which briefs need. The cache is only trusted when it was written by this very
 * build ({@link AnalysisBuild}); otherwise it is dropped, every item is analysed as before, and the
 * analyses are cached again for the next start. A missing or unreadable entry is analysed again. An
 * item is cached at ingest only when the store keeps it exactly as it was read ({@link
 * #storedExactly}), so a cached analysis is always the one a replay of the stored item would make.
 * Items are analysed (or decoded) up to {@value #LOOK_AHEAD} ahead on one thread per core, while
 * one thread places them in order.
 */
final class StoredStream {
  private static final int LOOK_AHEAD = 64;

  /** Analyses cached in one transaction during a replay that analysed items again. */
  private static final int WRITE_BACK = 500;

  private final SqliteStore store;
  private final PipelinePool preparers;

  /** The name of what analyses (code, models, settings); empty when it cannot be named. */
  private final Optional<String> build;

  private final BooleanSupplier closing;
  private final AtomicLong progress;

  /** {@code build} names the preparers' analysis ({@link AnalysisBuild#of}). */
  StoredStream(
      SqliteStore store,
      PipelinePool preparers,
      Optional<String> build,
      BooleanSupplier closing,
      AtomicLong progress) {
    this.store = store;
    this.preparers = preparers;
    this.build = build;
    this.closing = closing;
    this.progress = progress;
  }

  /** What to do with each placed item, and with each item the pipeline no longer takes. */
  interface Placed {
    void placed(StoredItem stored, Placement placement);

    void rejected(StoredItem stored, String reason);
  }

  /**
   * What a replay did.
   *
   * @param items stored items replayed
   * @param analysed of those, the items extracted and analysed again (not read from the cache)
   * @param cache one line on how the analysis cache was used, for the log
   */
  record Result(long items, long analysed, String cache) {}

  /**
   * True once a replay found (or made) the store's analysis cache this build's: only then are
   * ingested items cached, so a cache whose reset failed never holds analyses of two builds.
   */
  private volatile boolean caching;

  /** The analysis of an item as cached for the store, or null when it must not be cached. */
  byte[] cacheable(RawDocument item, AnalyzedArticle analyzed) {
    return caching && storedExactly(item) ? AnalysisCodec.encode(analyzed) : null;
  }

  /**
   * True when the store gives this item back exactly: an instant is kept to the millisecond, and a
   * string with an unpaired surrogate does not survive SQLite's UTF-8.
   */
  static boolean storedExactly(RawDocument item) {
    ItemMetadata m = item.metadata();
    if (m.publishedAt() != null && m.publishedAt().getNano() % 1_000_000 != 0) {
      return false;
    }
    for (String s :
        new String[] {
          item.input(), item.body(), m.url(), m.source(), m.title(), m.byline(), m.language()
        }) {
      if (s != null && hasUnpairedSurrogate(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An item ready to place: its analysis, whether it was made now (not read from the cache), and
   * then its bytes to cache (or null).
   */
  private record Ready(AnalyzedArticle analyzed, boolean fresh, byte[] toCache) {}

  private record Ahead(StoredItem stored, Future<Ready> ready) {}

  /** Places every stored item on {@code pipeline}, in stored order. */
  Result replay(Pipeline pipeline, Placed each) {
    String cache;
    boolean writeBack = build.isPresent();
    if (build.isEmpty()) {
      cache = "analysis cache off: this build's code cannot be located";
    } else if (build.equals(readBuild())) {
      cache = null;
    } else {
      cache =
          readBuild().isEmpty()
              ? "no analysis cache yet: every stored article analysed, and cached for the next start"
              : "analysis cache written by another build: every stored article analysed again,"
                  + " and cached for the next start";
      try {
        store.resetAnalyses(build.get());
      } catch (StoreException e) {
        writeBack = false;
        cache = cache.replace(", and cached for the next start", "") + " (" + e.getMessage() + ")";
      }
    }
    boolean trusted = cache == null;
    caching = writeBack;
    long[] counts = new long[3]; // items, analysed, unreadable
    Map<Long, byte[]> toCache = new LinkedHashMap<>();
    boolean[] writing = {writeBack};
    ExecutorService workers = Executors.newFixedThreadPool(preparers.size());
    ArrayDeque<Ahead> ahead = new ArrayDeque<>();
    try {
      store.forEachWithAnalysis(
          0,
          item -> {
            if (closing.getAsBoolean()) {
              throw new CancellationException("closed while replaying");
            }
            byte[] bytes = trusted ? item.analysis() : null;
            StoredItem stored = item.stored();
            boolean encode = writing[0];
            ahead.add(
                new Ahead(stored, workers.submit(() -> ready(stored, bytes, encode, counts))));
            if (ahead.size() > LOOK_AHEAD) {
              place(pipeline, ahead.poll(), each, counts, writing[0] ? toCache : null);
              writing[0] = flush(toCache, writing[0], WRITE_BACK);
            }
          });
      while (!ahead.isEmpty()) {
        place(pipeline, ahead.poll(), each, counts, writing[0] ? toCache : null);
      }
      flush(toCache, writing[0], 1);
    } finally {
      workers.shutdownNow();
    }
    String summary =
        (counts[0] - counts[1])
            + " of "
            + counts[0]
            + " stored articles placed from the analysis cache, "
            + counts[1]
            + " analysed again"
            + (counts[2] > 0 ? " (" + counts[2] + " cached analyses unreadable)" : "");
    return new Result(counts[0], counts[1], cache == null ? summary : cache + "; " + summary);
  }

  private Optional<String> readBuild() {
    try {
      return store.analysisBuild();
    } catch (StoreException e) {
      return Optional.empty();
    }
  }

  /** The cached analysis when it can be read, else the item extracted and analysed again. */
  private Ready ready(StoredItem stored, byte[] bytes, boolean encode, long[] counts)
      throws RejectedItemException {
    if (bytes != null) {
      try {
        AnalyzedArticle decoded = AnalysisCodec.decode(bytes);
        if (decoded.id().equals(stored.article())) {
          return new Ready(decoded, false, null);
        }
      } catch (IllegalArgumentException e) {
        // analysed again below
      }
      synchronized (counts) {
        counts[2]++;
      }
    }
    AnalyzedArticle analyzed =
        preparers.with("read " + stored.item().input(), p -> p.prepare(stored.item()));
    return new Ready(analyzed, true, encode ? AnalysisCodec.encode(analyzed) : null);
  }

  private void place(
      Pipeline pipeline, Ahead next, Placed each, long[] counts, Map<Long, byte[]> toCache) {
    StoredItem stored = next.stored();
    counts[0]++;
    progress.set(counts[0]);
    try {
      Ready ready = await(next.ready());
      if (ready.fresh()) {
        counts[1]++;
        if (toCache != null && ready.toCache() != null) {
          toCache.put(stored.sequence(), ready.toCache());
        }
      }
      each.placed(stored, pipeline.place(stored.item(), ready.analyzed()));
    } catch (RejectedItemException | RuntimeException e) {
      each.rejected(stored, e.getMessage());
    }
  }

  /** Caches what was analysed once {@code at least} are waiting; false once the store refuses. */
  private boolean flush(Map<Long, byte[]> toCache, boolean writing, int atLeast) {
    if (!writing || toCache.size() < atLeast || toCache.isEmpty()) {
      return writing;
    }
    try {
      store.saveAnalyses(toCache);
      return true;
    } catch (StoreException e) {
      return false; // a cache: the next start analyses these again
    } finally {
      toCache.clear();
    }
  }

  /** The result of work done ahead, with its rejection or failure as if done here. */
  private static Ready await(Future<Ready> future) throws RejectedItemException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while replaying");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RejectedItemException rejected) {
        throw rejected;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
