package dev.newsdesk.server;

import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import dev.newsdesk.RetiredStory;
import dev.newsdesk.StoryArchive;
import dev.newsdesk.analyze.AnalysisConfig;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.embedded.LuceneSearchIndex;
import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.store.IndexedArticle;
import dev.newsdesk.store.SearchHit;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredItem;
import dev.newsdesk.store.StoryListing;
import dev.newsdesk.store.StoryQuery;
import dev.newsdesk.store.StorySummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The service's front door: an item goes through the pipeline, into the store (durably, before it
 * is acknowledged), into the search index, and marks its story for a new brief.
 *
 * <p>Design decision: one pipeline, one lock. The pipeline's stream state (dedup index, story
 * centroids) is the order-dependent truth of where articles go, so placements are serialised; on
 * start the stored items are replayed through a fresh pipeline in stored order, which rebuilds that
 * state exactly. Only placing is serialised: an item is prepared (extracted and analysed) before
 * the lock is taken, on one of a preparer per core, and written by a group commit after it is
 * released, so several items are read at once and share one wait for the disk. Briefs are derived:
 * a background thread re-briefs changed stories and saves them with their summaries, so a story
 * page is usually a read (a changed story asked for before that is briefed on the spot, or waits
 * for the brief of it being made). A story is briefed outside the lock, from a copy of its members,
 * on a briefing pipeline of its own, so neither ingest nor other readers wait for it. Briefing a
 * story of a few dozen articles costs several times placing one article, so while posts come in the
 * background rounds are paced to take at most a fifth of the time: at least {@value
 * #BRIEF_PAUSE_SECONDS} s apart, and four times as long apart as the last round took; once no post
 * came for {@value #BRIEF_PAUSE_SECONDS} s they run back to back until every story is briefed.
 *
 * <p>Design decision: when storage fails, the store stays the truth. An item the store could not
 * take is taken back out of the pipeline (which had already placed it) by replaying the store into
 * a fresh one, so a retry is read anew, not refused as "already read"; after a full disk, ingest is
 * refused without that cost for {@value #RETRY_SECONDS} s at a time. The search index is derived:
 * an article stored while the index cannot be written is acknowledged all the same, and the index
 * is caught up from the store when it can be written again (or on the next start).
 *
 * <p>Design decision: the pipeline keeps only the active stories; the store is its {@link
 * StoryArchive}. A story that goes quiet ({@code ClusterConfig.quietDays}) is briefed as it retires
 * if its saved brief is stale, and its articles' analyses leave memory, so memory follows the
 * active window rather than everything ever read. Its page is its last saved brief; its articles
 * are found by search (the index keeps them) and shown by analysing the stored item again. The
 * "already read" check holds the active stories' articles in memory and asks the store about the
 * rest. Thread-safe.
 */
public final class Desk implements AutoCloseable {
  private final SqliteStore store;
  private final LuceneSearchIndex index;
  private final Clock clock;

  /** How every pipeline of this desk analyses (the attribution model, if any). */
  private final AnalysisConfig analysis;

  private final ReentrantLock lock = new ReentrantLock();

  /** Taken by the thread that commits the waiting writes; never taken while holding the lock. */
  private final ReentrantLock commitLock = new ReentrantLock();

  /** Guarded by the lock: placed items waiting for their commit, in placement order. */
  private List<PendingWrite> pendingWrites = new ArrayList<>();

  private final Ingest ingest = new Ingest();
  private final Map<ArticleId, Placement> placements = new HashMap<>();
  private final Map<StoryId, Instant> updated = new HashMap<>();

  /** Guarded by the lock: retired stories whose brief could not be saved as they retired. */
  private final Map<StoryId, Unsaved> unsaved = new HashMap<>();

  private record Unsaved(RetiredStory story, Instant updated) {}

  /** Guarded by the lock: articles and stories placed since the replay whose stories retired. */
  private long retiredArticles;

  private long retiredStories;

  /** Guarded by the lock: the stored items are being replayed (they are in the store, not read). */
  private boolean replaying;

  /** Guarded by the lock: the replay relocates, so every story's brief is redone. */
  private boolean rebriefAll;

  private Pipeline pipeline;

  /**
   * Stories changed since their saved brief, with the number of their last change. Concurrent, so a
   * reader checks it without waiting for the pipeline lock (held while a story is briefed).
   */
  private final Map<StoryId, Long> dirty = new ConcurrentHashMap<>();

  private final AtomicLong changes = new AtomicLong();

  private final ScheduledExecutorService background;

  /**
   * Pipelines used only to prepare items (extract and analyse them), one per core: that half of the
   * work reads no stream state, so it runs outside the lock, several items at once.
   */
  private final PipelinePool preparers;

  /** Threads that prepare the items of a batch, one per core. */
  private final ExecutorService workers;

  /** The stored items replayed into the pipeline. */
  private final StoredStream stream;

  /** Pipelines used only to brief stories outside the lock, one per core. */
  private final PipelinePool briefers;

  /** The saved briefs, the most used held in memory. */
  private final SavedStories saved;

  /** Briefs being made outside the lock, by story: a reader of the same story waits for it. */
  private final Map<StoryId, Briefing> briefing = new ConcurrentHashMap<>();

  /** Counted down once the start-up replay is over (or failed): then ingest is taken. */
  private final CountDownLatch ready = new CountDownLatch(1);

  private volatile ReplayReport replay;
  private volatile RuntimeException replayFailure;
  private final AtomicLong replayed = new AtomicLong();
  private volatile boolean closing;
  private static final int READY_WAIT_SECONDS = 60;
  private static final int BRIEF_PAUSE_SECONDS = 5;
  private static final int RETRY_SECONDS = 5;

  /** Stories re-briefed per transaction in a background round (a reader waits for at most one). */
  private static final int ROUND_CHUNK = 8;

  /** Characters of brief JSON held in memory by {@link SavedStories} (about 64 MB at most). */
  private static final long SAVED_CHARS = 64L << 20;

  private long nextBriefRound;

  /** When the last post came in: rounds are paced only while posts come in. */
  private volatile long lastPost = System.nanoTime();

  /** Guarded by the lock: the pipeline holds an item the store refused; replay before using it. */
  private boolean pipelineAhead;

  /** Guarded by the lock: until then ingest is refused, after the store said it is full. */
  private Instant refuseUntil = Instant.MIN;

  private StoreException lastFull;

  /**
   * Guarded by the lock: the index lost (or never got) articles the store holds, so it is not
   * committed until it has been caught up from {@link LuceneSearchIndex#lastSequence()}.
   */
  private boolean indexBehind = true;

  private Instant indexRetryAt = Instant.MIN;

  /**
   * What the start-up replay found.
   *
   * @param analysed stored articles extracted and analysed again (not read from the cache)
   * @param cache one line on how the analysis cache was used, for the log
   */
  public record ReplayReport(
      long items, long moved, List<String> rejected, long analysed, String cache) {}

  private Desk(SqliteStore store, LuceneSearchIndex index, Clock clock, AnalysisConfig analysis) {
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.analysis = analysis;
    this.pipeline = newPipeline();
    int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
    // Preparing and briefing read no stream state: their pipelines have no archive.
    Supplier<Pipeline> stateless = () -> Pipeline.create(config -> config.analysis(analysis));
    this.preparers = new PipelinePool(cores, stateless);
    this.briefers = new PipelinePool(cores, stateless);
    this.saved = new SavedStories(store, SAVED_CHARS);
    this.stream =
        new StoredStream(store, preparers, AnalysisBuild.of(analysis), () -> closing, replayed);
    this.workers =
        Executors.newFixedThreadPool(
            cores,
            r -> {
              Thread t = new Thread(r, "newsdesk-prepare");
              t.setDaemon(true);
              return t;
            });
    this.background =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsdesk-briefs");
              t.setDaemon(true);
              return t;
            });
    Thread starter = new Thread(this::replayOnStart, "newsdesk-replay");
    starter.setDaemon(true);
    starter.start();
  }

  private void replayOnStart() {
    lock.lock();
    try {
      replay = replayStored(false, true);
      syncIndex();
      background.scheduleWithFixedDelay(this::maintain, 1, 1, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      replayFailure = e;
    } finally {
      lock.unlock();
      ready.countDown();
    }
  }

  private Pipeline newPipeline() {
    return Pipeline.create(config -> config.archive(new Archive()).analysis(analysis));
  }

  /** The store as the pipeline's archive. Called from {@code pipeline.accept}, under the lock. */
  private final class Archive implements StoryArchive {
    @Override
    public void retire(RetiredStory story) {
      StoryId id = story.id();
      Instant at = updated.remove(id);
      boolean stale =
          replaying
              ? rebriefAll
                  || saved.find(id).map(s -> s.articles() != story.members().size()).orElse(true)
              : dirty.containsKey(id);
      if (stale && at != null) {
        unsaved.put(id, new Unsaved(story, at));
        if (replaying) {
          saveRetired(List.of(id)); // the replay holds the lock throughout anyway
        } else {
          changed(id); // briefed outside the lock, by the next round or the first reader
        }
      } else {
        dirty.remove(id);
      }
      story.members().forEach(m -> placements.remove(m.id()));
      retiredArticles += story.members().size();
      retiredStories++;
    }

    @Override
    public Optional<String> readAs(ArticleId article) {
      return replaying ? Optional.empty() : store.inputOf(article);
    }
  }

  /** Briefs and saves retired stories held unsaved; those the store refuses stay for next time. */
  private void saveRetired(List<StoryId> ids) {
    List<SavedStories.Versioned> summaries = new ArrayList<>();
    for (StoryId id : ids) {
      Unsaved u = unsaved.get(id);
      if (u != null) {
        summaries.add(
            new SavedStories.Versioned(
                Summaries.of(pipeline.brief(u.story()), u.updated()), changes.incrementAndGet()));
      }
    }
    try {
      saved
          .save(summaries)
          .forEach(
              s -> {
                unsaved.remove(s.id());
                dirty.remove(s.id());
              });
    } catch (StoreException e) {
      summaries.forEach(s -> changed(s.summary().id())); // the next round tries again
    }
  }

  /** The placed article as analysed: from the pipeline, or read again once its story retired. */
  private Optional<StoryMember> member(StoredItem stored, Placement p) {
    Optional<StoryMember> held = pipeline.member(p);
    if (held.isPresent()) {
      return held;
    }
    try {
      return Optional.of(pipeline.reread(stored.item(), p.duplicateOf()));
    } catch (RejectedItemException | RuntimeException e) {
      return Optional.empty(); // this build no longer reads it (the replay said so)
    }
  }

  private static Placement placedAs(StoredItem stored) {
    return new Placement(
        stored.item().input(), stored.article(), stored.story(), stored.duplicateOf(), null);
  }

  /** Opens the data directory, replays what it holds, and catches the search index up. */
  public static Desk open(DataDirectory data, Clock clock) {
    return open(data, clock, AnalysisConfig.defaults());
  }

  /** {@link #open(DataDirectory, Clock)} with these analysis settings. */
  public static Desk open(DataDirectory data, Clock clock, AnalysisConfig analysis) {
    Desk desk = start(data, clock, analysis);
    desk.replayReport();
    return desk;
  }

  /**
   * Opens the data directory and returns at once, while the stored articles are replayed in the
   * background: stories, articles and search are served from the store meanwhile, and ingest waits
   * for the replay to end ({@link #replayReport()} waits too).
   *
   * <p>Design decision: the replay costs as long as placing every stored article again (minutes at
   * 100k), and what a reader asks for is already in the store; only placing a new article needs the
   * stream state. So a server can listen before its stream state is back.
   */
  public static Desk start(DataDirectory data, Clock clock) {
    return start(data, clock, AnalysisConfig.defaults());
  }

  /**
   * {@link #start(DataDirectory, Clock)} with these analysis settings. Every pipeline of the desk
   * shares them (and so one loaded attribution model). The analysis cache is keyed by the model's
   * fingerprint too, so a desk started with another model (or none) analyses every stored article
   * again rather than placing from analyses the model did not make.
   */
  public static Desk start(DataDirectory data, Clock clock, AnalysisConfig analysis) {
    data.create();
    SqliteStore store = SqliteStore.open(data.database());
    LuceneSearchIndex index = LuceneSearchIndex.open(data.index());
    try {
      return new Desk(store, index, clock, analysis);
    } catch (RuntimeException e) {
      index.close();
      store.close();
      throw e;
    }
  }

  /** Opens over a store and an index already open (the desk owns and closes them). */
  public static Desk open(SqliteStore store, LuceneSearchIndex index, Clock clock) {
    Desk desk = new Desk(store, index, clock, AnalysisConfig.defaults());
    desk.replayReport();
    return desk;
  }

  /** What the start-up replay found; waits for it to end. */
  public ReplayReport replayReport() {
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while replaying the stored articles", e, false);
    }
    if (replayFailure != null) {
      throw replayFailure;
    }
    return replay;
  }

  /** True once the start-up replay is over: articles posted now are placed at once. */
  public boolean ready() {
    return ready.getCount() == 0;
  }

  /** Waits for the start-up replay, for as long as a client would wait for an answer. */
  private void awaitReady() {
    try {
      if (!ready.await(READY_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new StoreException(
            "starting: "
                + replayed.get()
                + " stored articles replayed so far, new ones are taken once all are; try again"
                + " shortly",
            null,
            false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the start-up replay", e, false);
    }
    if (replayFailure != null) {
      throw new StoreException(
          "the stored articles could not be replayed: " + replayFailure.getMessage(),
          replayFailure,
          false);
    }
  }

  /**
   * Re-places every stored item with this build's pipeline, records moves in the store, and
   * rebuilds the search index and the stories ({@code newsdesk reindex}).
   */
  public ReplayReport reindex() {
    replayReport();
    lock.lock();
    try {
      pipeline = newPipeline();
      placements.clear();
      updated.clear();
      retiredArticles = 0;
      retiredStories = 0;
      saved.clear(); // first: stories that retire during the replay save their briefs as they go
      ReplayReport report = replayStored(true, false);
      index.clear();
      store.forEach(0, this::indexStored);
      index.commit();
      updated.keySet().forEach(this::changed);
      return report;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Places every stored item again, in stored order ({@link StoredStream}: from the analysis cache
   * where it can). Call with the lock held.
   */
  private ReplayReport replayStored(boolean relocate, boolean markChanged) {
    long[] counts = new long[2];
    List<String> rejected = new ArrayList<>();
    Map<StoryId, Integer> sizes = new HashMap<>();
    replaying = true;
    rebriefAll = relocate;
    StoredStream.Result result;
    try {
      result =
          stream.replay(
              pipeline,
              new StoredStream.Placed() {
                @Override
                public void placed(StoredItem stored, Placement p) {
                  placements.put(p.article(), p);
                  updated.merge(p.story(), stored.storedAt(), (a, b) -> a.isAfter(b) ? a : b);
                  sizes.merge(p.story(), 1, Integer::sum);
                  if (!p.story().equals(stored.story())
                      || !java.util.Objects.equals(p.duplicateOf(), stored.duplicateOf())) {
                    counts[1]++;
                    if (relocate) {
                      store.relocate(stored.sequence(), p.story(), p.duplicateOf());
                    }
                  }
                }

                @Override
                public void rejected(StoredItem stored, String reason) {
                  rejected.add(stored.item().input() + ": " + reason);
                }
              });
    } finally {
      replaying = false;
    }
    if (markChanged) {
      sizes.forEach(
          (story, size) -> {
            Optional<StorySummary> last = saved.find(story);
            if (last.isEmpty() || last.get().articles() != size) {
              changed(story);
            }
          });
    }
    return new ReplayReport(result.items(), counts[1], rejected, result.analysed(), result.cache());
  }

  private void indexStored(StoredItem stored) {
    Placement p = placements.getOrDefault(stored.article(), placedAs(stored));
    member(stored, p).ifPresent(m -> index.add(indexed(stored.sequence(), p, m)));
  }

  private static IndexedArticle indexed(long sequence, Placement p, StoryMember m) {
    return new IndexedArticle(
        sequence,
        p.article(),
        p.story(),
        m.article().article().title(),
        m.article().article().source(),
        m.article().text());
  }

  /**
   * Reads a posted or fetched body ({@code format} AUTO detects it) and ingests its items as one
   * batch ({@link #ingestAll}). A body of one item keeps the given name rather than a reader's
   * {@code NAME#1}.
   */
  public List<IngestOutcome> ingest(String name, byte[] body, InputFormat format) {
    return ingest(List.of(new InputFile(name, body)), format);
  }

  /**
   * Reads several bodies (the objects of a posted JSON array, each with its own name) and ingests
   * all their items as one batch ({@link #ingestAll}); outcomes come body by body, each body's
   * items and then its rejections.
   */
  public List<IngestOutcome> ingest(List<InputFile> bodies, InputFormat format) {
    List<RawDocument> items = new ArrayList<>();
    List<ReadBatch> batches = new ArrayList<>();
    for (InputFile body : bodies) {
      ReadBatch batch = ingest.read(body, format);
      batches.add(batch);
      for (RawDocument item : batch.items()) {
        boolean single = batch.items().size() == 1 && item.input().equals(body.name() + "#1");
        items.add(
            single
                ? new RawDocument(body.name(), item.kind(), item.body(), item.metadata())
                : item);
      }
    }
    List<IngestOutcome> placed = items.isEmpty() ? List.of() : ingestAll(items);
    List<IngestOutcome> outcomes = new ArrayList<>();
    int next = 0;
    for (ReadBatch batch : batches) {
      for (int i = 0; i < batch.items().size(); i++) {
        outcomes.add(placed.get(next++));
      }
      for (Rejection r : batch.rejected()) {
        outcomes.add(IngestOutcome.rejected(r.input(), r.reason()));
      }
    }
    return outcomes;
  }

  /**
   * Places, stores and indexes one item; when this returns a stored outcome, it is durable. The
   * item is prepared (extracted and analysed) before the lock is taken, so that half runs for
   * several items at once; placing and storing are serialised, so the stored order is the order in
   * which the stream state saw the items.
   */
  public IngestOutcome ingest(RawDocument item) {
    return ingestAll(List.of(item)).get(0);
  }

  /**
   * Places, stores and indexes the items in this order, one outcome each; when this returns, every
   * stored outcome is durable.
   *
   * <p>Design decision: a batch (a posted array, a feed's new entries) is prepared on every core at
   * once, placed in one hold of the lock and committed in one transaction, so its items share the
   * preparation, the lock and the wait for the disk rather than taking turns for each. When the
   * store refuses the write, the first refusal is thrown (as for one item), and nothing of the
   * refused commit is kept.
   */
  public List<IngestOutcome> ingestAll(List<RawDocument> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    awaitReady();
    lastPost = System.nanoTime();
    List<Object> prepared = prepareAll(items);
    List<Object> placed = new ArrayList<>(items.size());
    PendingWrite last = null;
    lock.lock();
    try {
      Instant now = clock.instant();
      if (now.isBefore(refuseUntil)) {
        throw new StoreException(
            "storage full: not storing "
                + items.get(0).input()
                + (items.size() > 1 ? " and " + (items.size() - 1) + " more" : "")
                + " until "
                + refuseUntil
                + " (the last write failed: "
                + lastFull.getMessage()
                + ")",
            lastFull,
            true);
      }
      if (pipelineAhead) {
        restorePipeline();
      }
      for (int i = 0; i < items.size(); i++) {
        Object outcome = placeOne(items.get(i), prepared.get(i), now);
        if (outcome instanceof PendingWrite write) {
          pendingWrites.add(write);
          last = write;
        }
        placed.add(outcome);
      }
    } finally {
      lock.unlock();
    }
    if (last != null) {
      commitPending(last);
    }
    return outcomes(placed);
  }

  /** Places one prepared item: its write to wait for, or its rejection. Call with the lock. */
  private Object placeOne(RawDocument item, Object prepared, Instant now) {
    if (prepared instanceof IngestOutcome rejected) {
      return rejected;
    }
    try {
      Prepared ready = (Prepared) prepared;
      Placement p = pipeline.place(item, ready.analyzed());
      return new PendingWrite(
          new SqliteStore.Append(
              item, p.article(), p.story(), p.duplicateOf(), now, ready.cached()),
          p,
          ready.analyzed(),
          new CompletableFuture<>());
    } catch (RejectedItemException e) {
      return IngestOutcome.rejected(item.input(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return IngestOutcome.rejected(item.input(), "could not be processed: " + e);
    }
  }

  /** The outcomes once every write of the batch is durable; the first refused write is thrown. */
  private static List<IngestOutcome> outcomes(List<Object> placed) {
    List<IngestOutcome> outcomes = new ArrayList<>(placed.size());
    StoreException refused = null;
    for (Object o : placed) {
      if (o instanceof PendingWrite write) {
        try {
          write.done().join();
          Placement p = write.placement();
          outcomes.add(new IngestOutcome(p.input(), p.article(), p.story(), p.duplicateOf(), null));
        } catch (CompletionException e) {
          if (refused == null) {
            refused =
                e.getCause() instanceof StoreException failed
                    ? failed
                    : new StoreException(
                        "cannot store " + write.placement().input() + ": " + e.getCause(),
                        e,
                        false);
          }
        }
      } else {
        outcomes.add((IngestOutcome) o);
      }
    }
    if (refused != null) {
      throw refused;
    }
    return outcomes;
  }

  /**
   * Extracts and analyses the items, one on the calling thread, several on the workers (every core
   * at once): each {@link Prepared} or its rejection as an {@link IngestOutcome}.
   */
  private List<Object> prepareAll(List<RawDocument> items) {
    if (items.size() == 1) {
      return List.of(prepareOrReject(items.get(0)));
    }
    List<Future<Object>> futures = new ArrayList<>();
    for (RawDocument item : items) {
      futures.add(workers.submit(() -> prepareOrReject(item)));
    }
    List<Object> prepared = new ArrayList<>(items.size());
    for (Future<Object> f : futures) {
      try {
        prepared.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while reading a batch", e, false);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause()); // prepareOrReject catches what it can
      }
    }
    return prepared;
  }

  /** A prepared item, and its analysis as the store caches it (or null). */
  private record Prepared(AnalyzedArticle analyzed, byte[] cached) {}

  private Object prepareOrReject(RawDocument item) {
    try {
      AnalyzedArticle analyzed = prepare(item);
      return new Prepared(analyzed, stream.cacheable(item, analyzed));
    } catch (RejectedItemException e) {
      return IngestOutcome.rejected(item.input(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return IngestOutcome.rejected(item.input(), "could not be processed: " + e);
    }
  }

  /** A placed item waiting for its group commit; done once it is durable (or refused). */
  private record PendingWrite(
      SqliteStore.Append append,
      Placement placement,
      AnalyzedArticle analyzed,
      CompletableFuture<StoredItem> done) {}

  /**
   * Commits every placed item waiting, in placement order, in one transaction, unless another
   * thread's commit already took this one. Committers take turns ({@code commitLock}), so while one
   * waits for the disk the items placed meanwhile gather for the next commit.
   *
   * <p>When the commit fails, none of its items is stored: they and every item placed after them
   * are refused, and the pipeline is rebuilt from the store, so it holds exactly what is stored.
   */
  private void commitPending(PendingWrite mine) {
    commitLock.lock();
    try {
      if (mine.done().isDone()) {
        return;
      }
      List<PendingWrite> batch;
      lock.lock();
      try {
        batch = pendingWrites;
        pendingWrites = new ArrayList<>();
      } finally {
        lock.unlock();
      }
      List<StoredItem> stored;
      try {
        stored = store.appendAll(batch.stream().map(PendingWrite::append).toList());
      } catch (StoreException e) {
        refuseAll(batch, e);
        return;
      }
      lock.lock();
      try {
        for (int i = 0; i < batch.size(); i++) {
          placed(batch.get(i), stored.get(i));
        }
      } finally {
        lock.unlock();
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).done().complete(stored.get(i));
      }
    } finally {
      commitLock.unlock();
    }
  }

  /** A committed item: kept, its story marked for a new brief, and indexed. Call with the lock. */
  private void placed(PendingWrite write, StoredItem stored) {
    Placement p = write.placement();
    placements.put(p.article(), p);
    updated.put(p.story(), stored.storedAt());
    changed(p.story());
    if (!indexBehind) {
      try {
        index.add(
            indexed(stored.sequence(), p, new StoryMember(write.analyzed(), p.duplicateOf())));
      } catch (StoreException e) {
        indexBehind = true; // stored is stored: the index is caught up from the store later
      }
    }
  }

  /** The commit of {@code batch} failed: refuse it and everything placed after it. */
  private void refuseAll(List<PendingWrite> batch, StoreException e) {
    List<PendingWrite> later;
    lock.lock();
    try {
      later = pendingWrites;
      pendingWrites = new ArrayList<>();
      refused(e, clock.instant());
    } finally {
      lock.unlock();
    }
    batch.forEach(w -> w.done().completeExceptionally(e));
    later.forEach(
        w ->
            w.done()
                .completeExceptionally(
                    new StoreException(
                        (e.storageFull() ? "storage full: " : "")
                            + "not storing "
                            + w.append().item().input()
                            + ": a write before it failed ("
                            + e.getMessage()
                            + ")",
                        e,
                        e.storageFull())));
  }

  /** Extracts and analyses an item on one of the preparers (waiting for one to be free). */
  private AnalyzedArticle prepare(RawDocument item) throws RejectedItemException {
    return preparers.with("read " + item.input(), p -> p.prepare(item));
  }

  /** The store refused an item the pipeline has placed: take it back out of the pipeline. */
  private void refused(StoreException e, Instant now) {
    pipelineAhead = true;
    if (e.storageFull()) {
      lastFull = e;
      refuseUntil = now.plusSeconds(RETRY_SECONDS);
    }
    try {
      restorePipeline();
    } catch (RuntimeException again) {
      e.addSuppressed(again); // still ahead: the next ingest tries again first
    }
  }

  /** Rebuilds the pipeline's stream state from the store alone (the replay of a start). */
  private void restorePipeline() {
    pipeline = newPipeline();
    placements.clear();
    updated.clear();
    retiredArticles = 0;
    retiredStories = 0;
    replayStored(false, false);
    pipelineAhead = false;
  }

  /**
   * Commits the index, first catching it up from the store when it lost articles. After a failure
   * it waits {@value #RETRY_SECONDS} s before trying again. Call with the lock held.
   */
  private void syncIndex() {
    Instant now = clock.instant();
    if (indexBehind && now.isBefore(indexRetryAt)) {
      return;
    }
    try {
      if (indexBehind) {
        store.forEach(index.lastSequence(), this::indexStored);
      }
      index.commit();
      indexBehind = false;
    } catch (StoreException e) {
      indexBehind = true;
      indexRetryAt = now.plusSeconds(RETRY_SECONDS);
    }
  }

  /** True when an item with this input name (for a feed entry, its URL) is already stored. */
  public boolean knows(String input) {
    return store.containsInput(input);
  }

  /**
   * One page of stories, newest update first. A story never briefed before is briefed now (it has
   * an article or two: cheap); a story that changed since its last brief is listed as last briefed
   * until the background round re-briefs it, and its own page is briefed on the spot.
   *
   * <p>Design decision: the list does not wait for re-briefs. It used to re-brief every changed
   * story first, so its latency grew with the size of the stories being fed (the soak run's story
   * list went from 2 s to 10-25 s while the story page and search, which read saved briefs, stayed
   * flat). A list entry may now be one background round old; the page a reader opens is not.
   */
  public Page<StoryListing> stories(StoryQuery query) {
    List<StoryId> neverBriefed =
        List.copyOf(dirty.keySet()).stream().filter(id -> saved.find(id).isEmpty()).toList();
    if (!neverBriefed.isEmpty()) {
      refresh(neverBriefed);
    }
    return new Page<>(store.count(query), store.list(query));
  }

  /** A page of a listing and the number of matches in all pages. */
  public record Page<T>(long total, List<T> items) {}

  /**
   * A story's summary with its brief as contract JSON, briefed up to the last article stored when
   * it is asked for. A story changed since its saved brief is briefed now, or, when a brief of it
   * that includes that article is being made (by the background round or another reader), that one
   * is awaited.
   */
  public Optional<StorySummary> story(StoryId id) {
    Long asked = dirty.get(id);
    for (int attempt = 0; asked != null && attempt < 3 && dirty.containsKey(id); attempt++) {
      Briefing running = briefing.get(id);
      if (running != null) {
        Optional<StorySummary> made = running.done().join();
        if (running.version() >= asked && made.isPresent()) {
          return made;
        }
      } else {
        List<StorySummary> fresh = refresh(List.of(id));
        if (!fresh.isEmpty()) {
          return Optional.of(fresh.get(0)); // served even when it could not be saved (disk full)
        }
      }
    }
    return saved.find(id);
  }

  /** A story's summary as last saved, without waiting for a pending re-brief (for listings). */
  public Optional<StorySummary> savedStory(StoryId id) {
    return saved.find(id);
  }

  /** A stored article with its cleaned text, as the pipeline read it. */
  public Optional<ArticleView> article(ArticleId id) {
    Optional<StoredItem> stored = store.find(id);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (!ready()) {
      return Optional.of(readAgain(stored.get()));
    }
    lock.lock();
    try {
      Placement p = placements.getOrDefault(id, placedAs(stored.get()));
      return member(stored.get(), p).map(m -> new ArticleView(stored.get(), p, m));
    } finally {
      lock.unlock();
    }
  }

  /**
   * A stored article read again from its stored item, for while the start-up replay has not placed
   * it yet: the same cleaned text (extraction and analysis are deterministic) and its stored story.
   */
  private ArticleView readAgain(StoredItem stored) {
    try {
      AnalyzedArticle analyzed = prepare(stored.item());
      Placement p =
          new Placement(
              stored.item().input(), stored.article(), stored.story(), stored.duplicateOf(), null);
      return new ArticleView(stored, p, new StoryMember(analyzed, stored.duplicateOf()));
    } catch (RejectedItemException e) {
      throw new StoreException(
          "stored article " + stored.article() + " can no longer be read: " + e.getMessage(),
          e,
          false);
    }
  }

  /** A stored article as the API shows it. */
  public record ArticleView(StoredItem stored, Placement placement, StoryMember member) {}

  public List<SearchHit> search(String query, int limit) {
    return index.search(query, limit);
  }

  public SqliteStore sources() {
    return store;
  }

  /**
   * Counts for the health endpoint. While the start-up replay runs ({@code ready} false), {@code
   * articles} counts the stored articles replayed so far.
   */
  public record Health(
      long articles, long stories, long pendingBriefs, long indexedThrough, boolean ready) {}

  public Health health() {
    if (!ready()) {
      return new Health(replayed.get(), 0, dirty.size(), index.lastSequence(), false);
    }
    lock.lock();
    try {
      return new Health(
          placements.size() + retiredArticles,
          updated.size() + retiredStories,
          dirty.size(),
          index.lastSequence(),
          true);
    } finally {
      lock.unlock();
    }
  }

  private void maintain() {
    try {
      long start = System.nanoTime();
      boolean idle = start - lastPost > TimeUnit.SECONDS.toNanos(BRIEF_PAUSE_SECONDS);
      if (idle || start - nextBriefRound >= 0) {
        refreshDirty();
        long took = System.nanoTime() - start;
        nextBriefRound =
            System.nanoTime() + Math.max(TimeUnit.SECONDS.toNanos(BRIEF_PAUSE_SECONDS), 4 * took);
      }
      lock.lock();
      try {
        syncIndex();
      } finally {
        lock.unlock();
      }
    } catch (RuntimeException e) {
      // The next round retries; what was stored is safe, briefs and the index are derived.
    }
  }

  private void refreshDirty() {
    List<StoryId> todo;
    lock.lock();
    try {
      todo = List.copyOf(dirty.keySet());
    } finally {
      lock.unlock();
    }
    for (int from = 0; from < todo.size() && !closing; from += ROUND_CHUNK) {
      refresh(todo.subList(from, Math.min(todo.size(), from + ROUND_CHUNK)));
    }
  }

  private void changed(StoryId story) {
    dirty.put(story, changes.incrementAndGet());
  }

  /** A story as it stood at one change, to be briefed outside the lock. */
  private record Snapshot(
      StoryId id,
      long version,
      List<StoryMember> members,
      Instant updated,
      Unsaved retired,
      Briefing briefing) {}

  /** A brief being made of a story as it stood at change {@code version}. */
  private record Briefing(long version, CompletableFuture<Optional<StorySummary>> done) {}

  /**
   * Re-briefs the stories and saves their briefs in one transaction. The lock is held only to copy
   * each story's members; the briefs are made on a briefing pipeline of their own, so ingest goes
   * on meanwhile. A story stays marked changed until a brief that includes its last change is
   * saved, so a reader never sees a story as current before its brief is in the store. A story
   * whose brief is already being made from its current state is left to that brief.
   */
  private List<StorySummary> refresh(List<StoryId> stories) {
    List<Snapshot> snapshots = new ArrayList<>();
    lock.lock();
    try {
      for (StoryId id : stories) {
        snapshot(id).ifPresent(snapshots::add);
      }
    } finally {
      lock.unlock();
    }
    Map<StoryId, StorySummary> made = new HashMap<>();
    try {
      List<SavedStories.Versioned> briefs = new ArrayList<>();
      for (Snapshot snap : snapshots) {
        if (snap.members() != null && !snap.members().isEmpty()) {
          StorySummary summary = Summaries.of(brief(snap.id(), snap.members()), snap.updated());
          made.put(snap.id(), summary);
          briefs.add(new SavedStories.Versioned(summary, snap.version()));
        }
      }
      try {
        saved.save(briefs);
      } catch (StoreException e) {
        return List.copyOf(made.values()); // not saved: still marked changed, tried again later
      }
      lock.lock();
      try {
        for (Snapshot snap : snapshots) {
          dirty.remove(snap.id(), snap.version());
          if (snap.retired() != null) {
            unsaved.remove(snap.id(), snap.retired());
          }
        }
      } finally {
        lock.unlock();
      }
      return snapshots.stream().map(snap -> made.get(snap.id())).filter(m -> m != null).toList();
    } finally {
      for (Snapshot snap : snapshots) {
        snap.briefing().done().complete(Optional.ofNullable(made.get(snap.id())));
        briefing.remove(snap.id(), snap.briefing());
      }
    }
  }

  /**
   * A copy of a changed story to brief, registered as being briefed; empty when it is not changed
   * or a brief of its current state is being made already. Call with the lock held.
   */
  private Optional<Snapshot> snapshot(StoryId id) {
    Long version = dirty.get(id);
    if (version == null) {
      return Optional.empty();
    }
    Briefing running = briefing.get(id);
    if (running != null && running.version() >= version) {
      return Optional.empty();
    }
    Unsaved retired = unsaved.get(id);
    List<StoryMember> members =
        retired != null ? retired.story().members() : pipeline.members(id).orElse(null);
    Instant at = retired != null ? retired.updated() : updated.get(id);
    Briefing mine = new Briefing(version, new CompletableFuture<>());
    briefing.put(id, mine);
    return Optional.of(new Snapshot(id, version, at == null ? null : members, at, retired, mine));
  }

  /** Briefs a story on one of the briefing pipelines (waiting for one to be free). */
  private Brief brief(StoryId id, List<StoryMember> members) {
    return briefers.with("brief " + id, p -> p.brief(id, members));
  }

  @Override
  public void close() {
    closing = true;
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    background.shutdown();
    workers.shutdown();
    try {
      background.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      if (replayFailure != null) {
        index.discard(); // the stream state never came back: the next start catches it up
        return;
      }
      indexRetryAt = Instant.MIN;
      syncIndex();
      if (indexBehind) {
        index.discard(); // never commit past a lost article: the next start catches it up
      } else {
        index.close();
      }
    } catch (StoreException e) {
      // The index is derived; the next start catches it up from the store.
    } finally {
      store.close();
      lock.unlock();
    }
  }
}
