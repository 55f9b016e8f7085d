package dev.newsdesk.server;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robots.txt of each origin, fetched when first needed, parsed with crawler-commons and kept
 * for a day (RFC 9309 asks for no longer): whether a page may be fetched, and the crawl delay the
 * site asks for, which the poller adds to its per-host politeness.
 *
 * <p>Design decision: robots.txt governs the pages the poller fetches on its own initiative (full
 * pages for summary-only entries, pages named by a news sitemap), not the feed or sitemap a user
 * subscribed to, as feed readers do. A 4xx robots.txt allows everything; a 5xx, a refusal or a
 * fetch that fails disallows everything until the next try, an hour later (RFC 9309 §2.3.1). A
 * crawl delay above {@link #MAX_CRAWL_DELAY} makes crawler-commons disallow the whole site, so a
 * site asking for a very slow crawl gets its summaries only. Thread-safe.
 *
 * <p>Design decision: the cache holds at most {@link #MAX_ORIGINS} origins and drops the one asked
 * least recently first: a poller that follows pages to ever new hosts (sitemaps, redirects) must
 * not grow without bound, and a dropped origin costs only one more robots.txt fetch.
 */
final class RobotsTxt {
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_FAILURE = Duration.ofHours(1);

  /** The most origins whose rules are kept. */
  static final int MAX_ORIGINS = 1024;

  /** Fetches a URL politely; the poller's own fetch. */
  @FunctionalInterface
  interface Fetch {
    SafeFetcher.Response get(URI uri) throws FetchException;
  }

  private record Cached(BaseRobotRules rules, Instant until) {}

  private final Fetch fetch;
  private final String agent;
  private final Clock clock;
  private final SimpleRobotRulesParser parser =
      new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 5);

  /** In access order, least recently asked first; guarded by itself. */
  private final Map<String, Cached> cache;

  RobotsTxt(Fetch fetch, String userAgent, Clock clock) {
    this(fetch, userAgent, clock, MAX_ORIGINS);
  }

  RobotsTxt(Fetch fetch, String userAgent, Clock clock, int maxOrigins) {
    this.fetch = fetch;
    this.agent = productToken(userAgent);
    this.clock = clock;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > maxOrigins;
          }
        };
  }

  /** The number of origins whose rules are kept. */
  int size() {
    synchronized (cache) {
      return cache.size();
    }
  }

  private Cached cached(String origin) {
    synchronized (cache) {
      return cache.get(origin);
    }
  }

  /** The product token robots.txt groups are matched against: "Newsdesk/0.1 (...)" → newsdesk. */
  static String productToken(String userAgent) {
    String token = userAgent.strip().split("[/ ]", 2)[0];
    return token.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code uri} may be fetched; fetches the origin's robots.txt when not known. */
  boolean allows(URI uri) {
    return rules(uri).isAllowed(uri.toString());
  }

  /** The delay the origin asks for between requests, zero when it asks for none or is unknown. */
  Duration crawlDelay(URI uri) {
    Cached cached = cached(origin(uri));
    if (cached == null) {
      return Duration.ZERO;
    }
    long millis = cached.rules().getCrawlDelay();
    return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0
        ? Duration.ZERO
        : Duration.ofMillis(Math.min(millis, MAX_CRAWL_DELAY.toMillis()));
  }

  BaseRobotRules rules(URI uri) {
    String origin = origin(uri);
    Instant now = clock.instant();
    Cached cached = cached(origin);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.rules();
    }
    Cached fresh = load(origin, now); // outside the lock: a slow site holds up no other origin
    synchronized (cache) {
      cache.put(origin, fresh);
    }
    return fresh.rules();
  }

  private Cached load(String origin, Instant now) {
    URI robots = URI.create(origin + "/robots.txt");
    try {
      SafeFetcher.Response response = fetch.get(robots);
      int status = response.status();
      if (status >= 200 && status < 300) {
        String type = response.header("content-type").orElse("text/plain");
        return new Cached(
            parser.parseContent(robots.toString(), response.body(), type, List.of(agent)),
            now.plus(KEEP));
      }
      return new Cached(parser.failedFetch(status), now.plus(status < 500 ? KEEP : KEEP_FAILURE));
    } catch (FetchException e) {
      return new Cached(parser.failedFetch(503), now.plus(KEEP_FAILURE));
    }
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
  }
}
