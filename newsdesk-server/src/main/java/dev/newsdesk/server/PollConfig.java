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
 * @param pagesPerPoll the most pages one poll of one source fetches; further entries that need
 *     their page wait for the next poll, so a sitemap of a thousand articles is read over hours
 *     rather than in one burst
 */
public record PollConfig(
    Duration interval,
    Duration maxBackoff,
    Duration hostDelay,
    int threads,
    int fullPageBelow,
    int pagesPerPoll) {
  public static PollConfig defaults() {
    return new PollConfig(
        Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofSeconds(2), 2, 400, 20);
  }

  public PollConfig withHostDelay(Duration value) {
    return new PollConfig(interval, maxBackoff, value, threads, fullPageBelow, pagesPerPoll);
  }

  public PollConfig withPagesPerPoll(int value) {
    return new PollConfig(interval, maxBackoff, hostDelay, threads, fullPageBelow, value);
  }
}
