package dev.newsdesk.server;

import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.store.Source;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the stored sources (RSS, Atom, JSON Feed) through the {@link SafeFetcher} and ingests new
 * entries into the {@link Desk}: conditional GET with the last {@code ETag} and {@code
 * Last-Modified}; on failure the next poll waits twice as long, up to {@link
 * PollConfig#maxBackoff}; one request at a time per host, {@link PollConfig#hostDelay} apart; an
 * entry that carries only a summary is replaced by its page, fetched and extracted.
 *
 * <p>Entries are named by their link, so an entry seen in an earlier poll is skipped without
 * fetching or re-reading it. Feeds are parsed with doctypes refused (no external entities). State
 * lives in the store, so a restarted server resumes where it stopped. The poller owns its fetcher
 * and closes it. Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {
  private final Desk desk;
  private final SafeFetcher fetcher;
  private final PollConfig config;
  private final Clock clock;
  private final Ingest ingest = new Ingest();
  private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  /** What one poll of one feed did. */
  public record PollResult(int fetched, int stored, int skipped, String error) {}

  public FeedPoller(Desk desk, SafeFetcher fetcher, PollConfig config, Clock clock) {
    this.desk = desk;
    this.fetcher = fetcher;
    this.config = config;
    this.clock = clock;
  }

  /** Polls due feeds in the background, checking once a second. */
  public synchronized void start() {
    ensureWorkers();
    ticker = Executors.newSingleThreadScheduledExecutor(daemon("newsdesk-poll"));
    ticker.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
  }

  private void tick() {
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      // A store hiccup must not end polling: a task that throws is never scheduled again.
    }
  }

  private synchronized void ensureWorkers() {
    if (workers == null) {
      workers = Executors.newFixedThreadPool(config.threads(), daemon("newsdesk-fetch"));
    }
  }

  /**
   * Hands every due source whose host is not being fetched to a worker, and returns the polls
   * started. The ticker calls it once a second; a test with its own clock calls it directly.
   */
  List<Future<PollResult>> dispatchDue() {
    ensureWorkers();
    Instant now = clock.instant();
    List<Future<PollResult>> started = new ArrayList<>();
    for (Source source : desk.sources().sources()) {
      String host = host(source.url());
      if (!source.nextPoll().isAfter(now) && busyHosts.add(host)) {
        try {
          started.add(
              workers.submit(
                  () -> {
                    try {
                      return poll(source);
                    } finally {
                      busyHosts.remove(host);
                    }
                  }));
        } catch (RejectedExecutionException e) {
          busyHosts.remove(host); // closed meanwhile
        }
      }
    }
    return started;
  }

  /** Polls one feed now and records the outcome on its source. */
  public PollResult poll(Source source) {
    Map<String, String> conditional = new HashMap<>();
    if (source.etag() != null) {
      conditional.put("If-None-Match", source.etag());
    }
    if (source.lastModified() != null) {
      conditional.put("If-Modified-Since", source.lastModified());
    }
    try {
      SafeFetcher.Response response = politely(URI.create(source.url()), conditional);
      if (response.status() == 304) {
        record(source, source.etag(), source.lastModified(), 0, null, null);
        return new PollResult(0, 0, 0, null);
      }
      if (response.status() != 200) {
        throw new FetchException(source.url() + ": HTTP " + response.status());
      }
      ReadBatch batch = ingest.read(new InputFile(source.url(), response.body()), InputFormat.AUTO);
      if (batch.items().isEmpty() && !batch.rejected().isEmpty()) {
        throw new FetchException(batch.rejected().get(0).reason());
      }
      PollResult result = ingestEntries(batch.items());
      String title = batch.items().isEmpty() ? null : batch.items().get(0).metadata().source();
      record(
          source,
          response.header("etag").orElse(null),
          response.header("last-modified").orElse(null),
          0,
          null,
          title);
      return result;
    } catch (FetchException | RuntimeException e) {
      int failures = source.failures() + 1;
      Instant now = clock.instant();
      desk.sources()
          .update(
              source.polled(
                  null,
                  source.etag(),
                  source.lastModified(),
                  failures,
                  now,
                  now.plus(backoff(failures)),
                  e.getMessage()));
      return new PollResult(0, 0, 0, e.getMessage());
    }
  }

  private void record(
      Source source, String etag, String lastModified, int failures, String error, String title) {
    Instant now = clock.instant();
    desk.sources()
        .update(
            source.polled(
                title, etag, lastModified, failures, now, now.plus(config.interval()), error));
  }

  /** Waits twice as long after each consecutive failure, from the interval up to the maximum. */
  Duration backoff(int failures) {
    Duration wait = config.interval();
    for (int i = 1; i < failures && wait.compareTo(config.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
  }

  private PollResult ingestEntries(List<RawDocument> entries) {
    int stored = 0;
    int skipped = 0;
    List<String> problems = new ArrayList<>();
    for (RawDocument entry : entries) {
      String name = entry.metadata().url() != null ? entry.metadata().url() : entry.input();
      if (desk.knows(name)) {
        skipped++;
        continue;
      }
      RawDocument item =
          withFullPage(new RawDocument(name, entry.kind(), entry.body(), entry.metadata()));
      IngestOutcome outcome = desk.ingest(item);
      if (outcome.stored()) {
        stored++;
      } else {
        problems.add(outcome.input() + ": " + outcome.reason());
      }
    }
    return new PollResult(
        entries.size(), stored, skipped, problems.isEmpty() ? null : problems.get(0));
  }

  /** A summary-only entry becomes its page; when the page cannot be had, the summary stays. */
  private RawDocument withFullPage(RawDocument entry) {
    String link = entry.metadata().url();
    String text = org.jsoup.Jsoup.parse(entry.body()).text();
    if (link == null || text.length() >= config.fullPageBelow()) {
      return entry;
    }
    try {
      SafeFetcher.Response page = politely(URI.create(link), Map.of());
      if (page.status() == 200) {
        String html = dev.newsdesk.ingest.TextDecoder.decode(page.body());
        return new RawDocument(entry.input(), ContentKind.HTML, html, entry.metadata());
      }
    } catch (FetchException | IllegalArgumentException e) {
      // The entry's own summary is still an article, just a short one.
    }
    return entry;
  }

  /** One request per host at a time, at least {@code hostDelay} after the previous one. */
  private SafeFetcher.Response politely(URI uri, Map<String, String> headers)
      throws FetchException {
    String host = host(uri.toString());
    synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
      Instant last = lastRequest.getOrDefault(host, Instant.EPOCH);
      long waitMillis = Duration.between(clock.instant(), last.plus(config.hostDelay())).toMillis();
      if (waitMillis > 0) {
        try {
          Thread.sleep(waitMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException(uri + ": interrupted", e);
        }
      }
      try {
        return fetcher.fetch(uri, headers);
      } finally {
        lastRequest.put(host, clock.instant());
      }
    }
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (workers != null) {
      workers.shutdownNow();
    }
    fetcher.close();
  }
}
