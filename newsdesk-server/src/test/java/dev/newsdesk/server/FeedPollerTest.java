package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.store.Source;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling feeds from a local HTTP server: new entries in, conditional GET, backoff, no XXE. */
class FeedPollerTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  @TempDir Path dir;
  private Javalin server;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private String base;
  private Desk desk;
  private FeedPoller poller;

  @BeforeEach
  void start() throws IOException {
    server = Javalin.create(c -> c.showJavalinBanner = false);
    server.get("/{name}", this::serve);
    server.start("127.0.0.1", 0);
    int port = server.port();
    base = "http://127.0.0.1:" + port;
    desk = Desk.open(new DataDirectory(dir.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC));
    SafeFetcher fetcher = new SafeFetcher(FetchConfig.defaults().allowing("127.0.0.1:" + port));
    poller =
        new FeedPoller(
            desk,
            fetcher,
            PollConfig.defaults().withHostDelay(Duration.ZERO),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    poller.close();
    desk.close();
    server.stop();
  }

  private void serve(Context ctx) {
    byte[] body = pages.get("/" + ctx.pathParam("name"));
    if (body == null) {
      ctx.status(500);
    } else if ("\"v1\"".equals(ctx.header("If-None-Match"))) {
      notModified.incrementAndGet();
      ctx.status(304);
    } else {
      ctx.header("ETag", "\"v1\"").result(body);
    }
  }

  private String rss(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tesmer Gazette</title>"
        + "<link>"
        + base
        + "/</link><description>news</description>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private String item(String path, String title, String text) {
    return "<item><title>"
        + title
        + "</title><link>"
        + base
        + path
        + "</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA["
        + text
        + "]]></description></item>";
  }

  private static String longText(String topic) {
    return ("<p>" + topic + " was reported on Monday by the coastguard in Olvik. </p>").repeat(12);
  }

  private Source source(String path) {
    return desk.sources().add(base + path, null, NOW);
  }

  private Source reload(Source s) {
    return desk.sources().source(s.id()).orElseThrow();
  }

  @Test
  void newEntriesAreStoredOnceAndAnUnchangedFeedIsAskedConditionally() {
    pages.put(
        "/feed.xml",
        rss(
                item("/a", "Ferry aground off Tesmer Point", longText("A ferry ran aground")),
                item("/b", "Library budget approved", longText("The library budget passed")))
            .getBytes(StandardCharsets.UTF_8));
    Source feed = source("/feed.xml");
    FeedPoller.PollResult first = poller.poll(feed);
    assertThat(first.stored()).as(String.valueOf(first.error())).isEqualTo(2);
    assertThat(desk.knows(base + "/a")).isTrue();
    Source polled = reload(feed);
    assertThat(polled.etag()).isEqualTo("\"v1\"");
    assertThat(polled.title()).isEqualTo("Tesmer Gazette");
    assertThat(polled.nextPoll()).isAfter(NOW);

    FeedPoller.PollResult second = poller.poll(polled);
    assertThat(notModified).hasValue(1);
    assertThat(second.stored()).isZero();
    assertThat(desk.health().articles()).isEqualTo(2);
  }

  @Test
  void aLinkListedTwiceInOneFeedUnderTwoIdsIsStoredOnceAndTheRestOfTheFeedStill() {
    pages.put(
        "/twice.xml",
        rss(
                item("/c", "Harbour crane collapses", longText("A harbour crane collapsed"))
                    .replace("<item>", "<item><guid isPermaLink=\"false\">crane-1</guid>"),
                item("/c", "Harbour crane collapses", longText("A harbour crane collapsed"))
                    .replace("<item>", "<item><guid isPermaLink=\"false\">crane-2</guid>"),
                item("/d", "School roof repaired", longText("The school roof was repaired")))
            .getBytes(StandardCharsets.UTF_8));
    FeedPoller.PollResult result = poller.poll(source("/twice.xml"));
    assertThat(result.stored()).as(String.valueOf(result.error())).isEqualTo(2);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(desk.knows(base + "/c")).isTrue();
    assertThat(desk.knows(base + "/d")).isTrue();
    assertThat(desk.health().articles()).isEqualTo(2);
  }

  @Test
  void anEntryWithOnlyASummaryIsReplacedByItsPage() {
    // This server answers 500 to unknown paths, and a failing robots.txt would disallow the page.
    pages.put("/robots.txt", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    pages.put(
        "/page",
        ("<html><head><title>Pilots warn of fog</title></head><body><article>"
                + "<p>Harbour pilots in Olvik warned that the fog season could last into April,"
                + " after the ferry grounding off Tesmer Point earlier this week.</p>"
                + "<p>The association asked for radar escorts on every crossing to Sarre.</p>"
                + "</article></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    pages.put(
        "/summaries.xml",
        rss(item("/page", "Pilots warn of fog", "Pilots warn.")).getBytes(StandardCharsets.UTF_8));
    FeedPoller.PollResult result = poller.poll(source("/summaries.xml"));
    assertThat(result.stored()).isEqualTo(1);
    String article =
        desk.search("radar escorts", 5).stream().findFirst().orElseThrow().article().value();
    assertThat(desk.article(new dev.newsdesk.model.ArticleId(article)).orElseThrow())
        .satisfies(a -> assertThat(a.member().article().text()).contains("radar escorts"));
  }

  @Test
  void aFeedWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-LAUNCH-CODES", StandardCharsets.UTF_8);
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \""
            + secret.toUri()
            + "\">]><rss version=\"2.0\"><channel><title>Evil</title><link>"
            + base
            + "</link><description>x</description>"
            + item("/evil", "&leak;", longText("&leak; appears here"))
            + "</channel></rss>";
    pages.put("/evil.xml", xxe.getBytes(StandardCharsets.UTF_8));
    Source evil = source("/evil.xml");
    FeedPoller.PollResult result = poller.poll(evil);
    assertThat(result.stored()).isZero();
    assertThat(result.error()).isNotNull();
    assertThat(desk.health().articles()).isZero();
    assertThat(reload(evil).failures()).isEqualTo(1);
    assertThat(reload(evil).lastError()).doesNotContain("TOP-SECRET");
  }

  @Test
  void aFailingFeedIsPolledLessOftenEachTime() {
    Source broken = source("/missing.xml");
    poller.poll(broken);
    Source once = reload(broken);
    poller.poll(once);
    Source twice = reload(broken);
    assertThat(twice.failures()).isEqualTo(2);
    assertThat(twice.lastError()).contains("HTTP 500");
    Duration first = Duration.between(NOW, once.nextPoll());
    Duration second = Duration.between(NOW, twice.nextPoll());
    assertThat(second).isEqualTo(first.multipliedBy(2));
    assertThat(poller.backoff(100)).isEqualTo(PollConfig.defaults().maxBackoff());
  }
}
