package dev.newsdesk.server;

import java.time.Duration;
import java.util.Set;

/**
 * Limits of the {@link SafeFetcher}.
 *
 * @param maxRedirects redirects followed before giving up
 * @param maxBytes the largest body read; a larger one is refused, not truncated
 * @param timeout for the whole fetch, every redirect and the body included
 * @param allowedPrivate {@code host:port} pairs (as written in the URL) that may resolve to a
 *     private, loopback or link-local address: for a feed on the local network, and tests
 */
public record FetchConfig(
    int maxRedirects,
    long maxBytes,
    Duration timeout,
    Set<String> allowedPrivate,
    String userAgent) {
  public FetchConfig {
    allowedPrivate = Set.copyOf(allowedPrivate);
  }

  public static FetchConfig defaults() {
    return new FetchConfig(
        4,
        5_000_000,
        Duration.ofSeconds(20),
        Set.of(),
        "Newsdesk/0.1 (+https://github.com/newsdesk; feed reader)");
  }

  public FetchConfig allowing(String hostAndPort) {
    java.util.Set<String> allowed = new java.util.HashSet<>(allowedPrivate);
    allowed.add(hostAndPort);
    return new FetchConfig(maxRedirects, maxBytes, timeout, allowed, userAgent);
  }

  public FetchConfig withLimits(int redirects, long bytes, Duration time) {
    return new FetchConfig(redirects, bytes, time, allowedPrivate, userAgent);
  }
}
