package dev.newsdesk.server;

import java.time.Duration;

/**
 * How often and how politely feeds are polled.
 *
 * @param interval between polls of one feed that answered
 * @param maxBackoff the longest wait after repeated failures (doubling from {@code interval})
 * @param hostDelay the least time between two requests to one host
 * @param threads feeds fetched at once (never two at once from one host)
 * @param fullPageBelow an entry with less text than this many characters is only a summary: its
 *     page is fetched and extracted instead
 */
public record PollConfig(
    Duration interval, Duration maxBackoff, Duration hostDelay, int threads, int fullPageBelow) {
  public static PollConfig defaults() {
    return new PollConfig(
        Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofSeconds(2), 2, 400);
  }

  public PollConfig withHostDelay(Duration value) {
    return new PollConfig(interval, maxBackoff, value, threads, fullPageBelow);
  }
}
