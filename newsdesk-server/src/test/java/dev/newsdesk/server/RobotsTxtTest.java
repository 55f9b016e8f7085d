package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The robots.txt cache: bounded in origins, least recently asked dropped first, kept a day. */
class RobotsTxtTest {
  private final List<String> fetched = new ArrayList<>();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-04-08T12:00:00Z"));

  private RobotsTxt robots(int maxOrigins) {
    return new RobotsTxt(
        uri -> {
          fetched.add(uri.getHost());
          return new SafeFetcher.Response(
              uri,
              200,
              Map.of("content-type", "text/plain"),
              "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
        },
        "Newsdesk/0.1",
        clock,
        maxOrigins);
  }

  @Test
  void theCacheKeepsItsLimitOfOriginsAndDropsTheLeastRecentlyAskedFirst() {
    RobotsTxt robots = robots(2);
    assertThat(robots.allows(URI.create("https://a.example/1"))).isTrue();
    assertThat(robots.allows(URI.create("https://b.example/1"))).isTrue();
    assertThat(robots.allows(URI.create("https://a.example/private/2"))).isFalse();
    robots.allows(URI.create("https://c.example/1")); // a third origin: b was asked least lately
    robots.allows(URI.create("https://a.example/3"));
    robots.allows(URI.create("https://b.example/4"));

    assertThat(fetched).containsExactly("a.example", "b.example", "c.example", "b.example");
    assertThat(robots.size()).isEqualTo(2);
  }

  @Test
  void anOriginsRulesAreFetchedAgainAfterADay() {
    RobotsTxt robots = robots(RobotsTxt.MAX_ORIGINS);
    robots.allows(URI.create("https://a.example/1"));
    clock.advance(Duration.ofHours(23));
    robots.allows(URI.create("https://a.example/2"));
    clock.advance(Duration.ofHours(2));
    robots.allows(URI.create("https://a.example/3"));

    assertThat(fetched).containsExactly("a.example", "a.example");
  }

  @Test
  void aCrawlOfManyHostsKeepsNoMoreOriginsThanTheLimit() {
    RobotsTxt robots = robots(RobotsTxt.MAX_ORIGINS);
    for (int i = 0; i < RobotsTxt.MAX_ORIGINS + 10; i++) {
      robots.allows(URI.create("https://host" + i + ".example/"));
    }
    assertThat(robots.size()).isEqualTo(RobotsTxt.MAX_ORIGINS);
  }
}
