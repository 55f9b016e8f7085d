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
import java.util.HashSet;
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
 * PollConfig#maxBackoff}; one request at a time per host, {@link PollConfig#hostDelay} or the
 * site's robots.txt crawl delay apart, whichever is longer; an entry that carries only a summary is
 * replaced by its page, fetched (when robots.txt allows) and extracted, at most {@link
 * PollConfig#pagesPerPoll} pages a poll. A source whose answer is a Google News sitemap yields the
 * articles it names (see {@link NewsSitemap}).
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
  private final RobotsTxt robots;
  private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  /**
   * What one poll of one feed did. {@code deferred} entries wait for a later poll: over the page
   * budget of one poll, or their page could not be had yet.
   */
  public record PollResult(int fetched, int stored, int skipped, int deferred, String error) {}

  public FeedPoller(Desk desk, SafeFetcher fetcher, PollConfig config, Clock clock) {
    this.desk = desk;
    this.fetcher = fetcher;
    this.config = config;
    this.clock = clock;
    this.robots = new RobotsTxt(uri -> politely(uri, Map.of()), fetcher.userAgent(), clock);
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
        return new PollResult(0, 0, 0, 0, null);
      }
      if (response.status() != 200) {
        throw new FetchException(source.url() + ": HTTP " + response.status());
      }
      List<RawDocument> entries = entries(response);
      PollResult result = ingestEntries(entries);
      String title = entries.isEmpty() ? null : entries.get(0).metadata().source();
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
      return new PollResult(0, 0, 0, 0, e.getMessage());
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

  /** The entries of a feed, or of a news sitemap and (one level down) the sitemaps it names. */
  private List<RawDocument> entries(SafeFetcher.Response response) throws FetchException {
    String url = response.uri().toString();
    if (!NewsSitemap.looksLikeSitemap(response.body())) {
      ReadBatch batch = ingest.read(new InputFile(url, response.body()), InputFormat.AUTO);
      if (batch.items().isEmpty() && !batch.rejected().isEmpty()) {
        throw new FetchException(batch.rejected().get(0).reason());
      }
      return batch.items();
    }
    NewsSitemap.Contents contents = NewsSitemap.read(response.uri(), response.body());
    List<RawDocument> entries = new ArrayList<>(contents.entries());
    for (URI child : contents.sitemaps().subList(0, Math.min(contents.sitemaps().size(), 5))) {
      SafeFetcher.Response page = politely(child, Map.of());
      if (page.status() == 200 && NewsSitemap.looksLikeSitemap(page.body())) {
        entries.addAll(NewsSitemap.read(page.uri(), page.body()).entries());
      }
    }
    return entries;
  }

  private PollResult ingestEntries(List<RawDocument> entries) {
    int stored = 0;
    int skipped = 0;
    int deferred = 0;
    int pages = 0;
    List<String> problems = new ArrayList<>();
    List<RawDocument> items = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (RawDocument entry : entries) {
      String name = entry.metadata().url() != null ? entry.metadata().url() : entry.input();
      // An entry listed twice in one feed is read once, as it would be on the next poll.
      if (!named.add(name) || desk.knows(name)) {
        skipped++;
        continue;
      }
      RawDocument item = new RawDocument(name, entry.kind(), entry.body(), entry.metadata());
      if (onlySummary(item)) {
        if (pages >= config.pagesPerPoll()) {
          deferred++;
          continue;
        }
        pages++;
        Page page = fullPage(item);
        if (page.document() != null) {
          item = page.document();
        } else if (org.jsoup.Jsoup.parse(item.body()).text().isBlank()) {
          // Nothing to store without the page (a sitemap entry): try again next poll.
          problems.add(name + ": " + page.reason());
          deferred++;
          continue;
        }
      }
      items.add(item);
    }
    // The feed's new entries are one batch: prepared on every core, placed in one hold of the
    // desk's lock and committed in one transaction (Desk.ingestAll), not one after another.
    for (IngestOutcome outcome : desk.ingestAll(items)) {
      if (outcome.stored()) {
        stored++;
      } else {
        problems.add(outcome.input() + ": " + outcome.reason());
      }
    }
    return new PollResult(
        entries.size(), stored, skipped, deferred, problems.isEmpty() ? null : problems.get(0));
  }

  private boolean onlySummary(RawDocument entry) {
    return entry.metadata().url() != null
        && org.jsoup.Jsoup.parse(entry.body()).text().length() < config.fullPageBelow();
  }

  /** A page fetched for an entry, or why it could not be had. */
  private record Page(RawDocument document, String reason) {}

  /**
   * A summary-only entry becomes its page, which the desk extracts like any page, when robots.txt
   * allows it; otherwise the caller keeps the summary.
   */
  private Page fullPage(RawDocument entry) {
    URI link;
    try {
      link = URI.create(entry.metadata().url());
    } catch (IllegalArgumentException e) {
      return new Page(null, "not a URL");
    }
    if (!robots.allows(link)) {
      return new Page(null, "robots.txt disallows fetching the page");
    }
    try {
      SafeFetcher.Response page = politely(link, Map.of());
      if (page.status() == 200) {
        String html = dev.newsdesk.ingest.TextDecoder.decode(page.body());
        return new Page(
            new RawDocument(entry.input(), ContentKind.HTML, html, entry.metadata()), null);
      }
      return new Page(null, "the page answered HTTP " + page.status());
    } catch (FetchException e) {
      return new Page(null, e.getMessage());
    }
  }

  /** The least time between two requests to the host of {@code uri}: ours or its robots.txt's. */
  Duration delayFor(URI uri) {
    Duration asked = robots.crawlDelay(uri);
    return asked.compareTo(config.hostDelay()) > 0 ? asked : config.hostDelay();
  }

  /** One request per host at a time, at least {@code hostDelay} after the previous one. */
  private SafeFetcher.Response politely(URI uri, Map<String, String> headers)
      throws FetchException {
    String host = host(uri.toString());
    synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
      Instant last = lastRequest.getOrDefault(host, Instant.EPOCH);
      long waitMillis = Duration.between(clock.instant(), last.plus(delayFor(uri))).toMillis();
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
