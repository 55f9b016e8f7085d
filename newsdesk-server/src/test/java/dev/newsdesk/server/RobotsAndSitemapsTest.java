package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.store.Source;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt decides which pages the poller fetches on its own, its crawl delay spaces requests to
 * a host, and a Google News sitemap is a source whose articles are fetched and extracted. Names
 * like {@code news.test} resolve to the loopback server through the fetcher's resolver.
 */
class RobotsAndSitemapsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  @TempDir Path dir;
  private Javalin server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private final List<Long> requestNanos = new CopyOnWriteArrayList<>();
  private Desk desk;
  private FeedPoller poller;
  private int port;

  @BeforeEach
  void start() throws IOException {
    server = Javalin.create(c -> c.showJavalinBanner = false);
    server.get("/*", this::serve);
    server.start("127.0.0.1", 0);
    port = server.port();
    desk = Desk.open(new DataDirectory(dir.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC));
    poller = poller(PollConfig.defaults().withHostDelay(Duration.ZERO));
  }

  private FeedPoller poller(PollConfig config) {
    FetchConfig fetch = FetchConfig.defaults().allowing("news.test:" + port);
    SafeFetcher fetcher =
        new SafeFetcher(
            fetch, host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, a -> false);
    return new FeedPoller(desk, fetcher, config, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    poller.close();
    desk.close();
    server.stop();
  }

  private void serve(Context ctx) {
    requested.add(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
    requestNanos.add(System.nanoTime());
    String body = pages.get(ctx.path());
    if (body == null) {
      ctx.status(404).result("no");
    } else if (body.startsWith("500")) {
      ctx.status(500).result("down");
    } else {
      ctx.result(body);
    }
  }

  private String url(String path) {
    return "http://news.test:" + port + path;
  }

  private Source source(String path) {
    return desk.sources().add(url(path), null, NOW);
  }

  private static String page(String title, String sentence) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1>"
        + ("<p>" + sentence + " The harbour office in Olvik confirmed it on Monday.</p>").repeat(4)
        + "</article></body></html>";
  }

  private String summaryFeed(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String path : paths) {
      items
          .append("<item><title>Entry ")
          .append(path)
          .append("</title><link>")
          .append(url(path))
          .append("</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>")
          .append("<description>Short summary of ")
          .append(path)
          .append(".</description></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Olvik Post</title>"
        + "<link>"
        + url("/")
        + "</link><description>news</description>"
        + items
        + "</channel></rss>";
  }

  private String newsSitemap(String... pathsAndTitles) {
    StringBuilder urls = new StringBuilder();
    for (int i = 0; i < pathsAndTitles.length; i += 2) {
      urls.append("<url><loc>")
          .append(url(pathsAndTitles[i]))
          .append("</loc><news:news><news:publication><news:name>Olvik Post</news:name>")
          .append("<news:language>en</news:language></news:publication>")
          .append("<news:publication_date>2026-03-0")
          .append(1 + i / 2)
          .append("T08:00:00Z</news:publication_date><news:title>")
          .append(pathsAndTitles[i + 1])
          .append("</news:title></news:news></url>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + urls
        + "</urlset>";
  }

  private String text(String phrase) {
    String article = desk.search(phrase, 5).stream().findFirst().orElseThrow().article().value();
    return desk.article(new dev.newsdesk.model.ArticleId(article))
        .orElseThrow()
        .member()
        .article()
        .text();
  }

  @Test
  void aPageThatRobotsTxtDisallowsIsNeverFetchedAndItsSummaryIsKept() {
    pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    pages.put("/private/plan", page("Secret plan", "The private plan leaked."));
    pages.put("/public/ferry", page("Ferry back", "The ferry to Sarre sails again."));
    pages.put("/feed.xml", summaryFeed("/private/plan", "/public/ferry"));
    FeedPoller.PollResult result = poller.poll(source("/feed.xml"));
    assertThat(result.stored()).as(String.valueOf(result.error())).isEqualTo(2);
    assertThat(requested).doesNotContain("/private/plan").contains("/public/ferry");
    assertThat(requested.stream().filter("/robots.txt"::equals)).hasSize(1);
    assertThat(text("Sarre")).contains("The ferry to Sarre sails again");
    assertThat(desk.knows(url("/private/plan"))).isTrue();
  }

  @Test
  void aGroupForOurAgentWinsOverTheWildcardGroup() {
    pages.put("/robots.txt", "User-agent: newsdesk\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
    pages.put("/a", page("A", "Page A."));
    pages.put("/feed.xml", summaryFeed("/a"));
    poller.poll(source("/feed.xml"));
    assertThat(requested).doesNotContain("/a");
  }

  @Test
  void aMissingRobotsTxtAllowsEverythingAndAFailingOneAllowsNothing() {
    pages.put("/a", page("A", "Page A about the harbour crane."));
    pages.put("/feed.xml", summaryFeed("/a"));
    poller.poll(source("/feed.xml"));
    assertThat(requested).contains("/a");

    try (FeedPoller other = poller(PollConfig.defaults().withHostDelay(Duration.ZERO))) {
      requested.clear();
      pages.put("/robots.txt", "500");
      pages.put("/b", page("B", "Page B."));
      pages.put("/feed2.xml", summaryFeed("/b"));
      other.poll(source("/feed2.xml"));
      assertThat(requested).contains("/robots.txt").doesNotContain("/b");
    }
  }

  @Test
  void theCrawlDelayOfRobotsTxtSpacesThePageFetchesToThatHost() {
    pages.put("/robots.txt", "User-agent: *\nCrawl-delay: 1\n");
    pages.put("/a", page("A", "Page A on the pier."));
    pages.put("/b", page("B", "Page B on the quay."));
    pages.put("/feed.xml", summaryFeed("/a", "/b"));
    poller.poll(source("/feed.xml"));
    assertThat(poller.delayFor(URI.create(url("/a")))).isEqualTo(Duration.ofSeconds(1));
    int a = requested.indexOf("/a");
    int b = requested.indexOf("/b");
    assertThat(a).isPositive();
    assertThat(b).isPositive();
    long apart = Math.abs(requestNanos.get(b) - requestNanos.get(a));
    assertThat(Duration.ofNanos(apart)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aGoogleNewsSitemapYieldsItsArticlesFetchedAndExtractedWithTheSitemapsTitles() {
    pages.put(
        "/news-sitemap.xml",
        newsSitemap("/2026/ferry", "Ferry back on schedule", "/2026/crane", "Crane repaired"));
    pages.put("/2026/ferry", page("Ferry", "The ferry to Sarre sails again."));
    pages.put("/2026/crane", page("Crane", "The harbour crane was repaired."));
    Source sitemap = source("/news-sitemap.xml");
    FeedPoller.PollResult first = poller.poll(sitemap);
    assertThat(first.stored()).as(String.valueOf(first.error())).isEqualTo(2);
    assertThat(text("crane repaired")).contains("The harbour crane was repaired");
    assertThat(desk.sources().source(sitemap.id()).orElseThrow().title()).isEqualTo("Olvik Post");
    FeedPoller.PollResult second = poller.poll(desk.sources().source(sitemap.id()).orElseThrow());
    assertThat(second.skipped()).isEqualTo(2);
    assertThat(second.stored()).isZero();
  }

  @Test
  void aSitemapIndexIsFollowedOneLevelDown() {
    pages.put(
        "/sitemap-index.xml",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + url("/news-1.xml")
            + "</loc></sitemap></sitemapindex>");
    pages.put("/news-1.xml", newsSitemap("/2026/vote", "Council vote"));
    pages.put("/2026/vote", page("Vote", "The council voted for the new library."));
    assertThat(poller.poll(source("/sitemap-index.xml")).stored()).isEqualTo(1);
  }

  @Test
  void aPollFetchesAtMostItsPageBudgetNewestFirstAndTheRestComeNextPoll() {
    try (FeedPoller budgeted =
        poller(PollConfig.defaults().withHostDelay(Duration.ZERO).withPagesPerPoll(2))) {
      pages.put(
          "/news-sitemap.xml", newsSitemap("/old", "Oldest", "/mid", "Middle", "/new", "Newest"));
      pages.put("/old", page("Old", "The oldest story about the dam."));
      pages.put("/mid", page("Mid", "The middle story about the bridge."));
      pages.put("/new", page("New", "The newest story about the tunnel."));
      Source sitemap = source("/news-sitemap.xml");
      FeedPoller.PollResult first = budgeted.poll(sitemap);
      assertThat(first.stored()).isEqualTo(2);
      assertThat(first.deferred()).isEqualTo(1);
      assertThat(desk.knows(url("/old"))).isFalse();
      assertThat(desk.knows(url("/new"))).isTrue();
      FeedPoller.PollResult second =
          budgeted.poll(desk.sources().source(sitemap.id()).orElseThrow());
      assertThat(second.stored()).isEqualTo(1);
      assertThat(desk.knows(url("/old"))).isTrue();
    }
  }

  @Test
  void aSitemapArticleWhosePageFailsIsNotStoredEmptyButTriedAgainNextPoll() {
    pages.put("/news-sitemap.xml", newsSitemap("/later", "Page not there yet"));
    Source sitemap = source("/news-sitemap.xml");
    FeedPoller.PollResult first = poller.poll(sitemap);
    assertThat(first.stored()).isZero();
    assertThat(first.deferred()).isEqualTo(1);
    assertThat(first.error()).contains("HTTP 404");
    pages.put("/later", page("Later", "The page about the lighthouse arrived."));
    assertThat(poller.poll(desk.sources().source(sitemap.id()).orElseThrow()).stored())
        .isEqualTo(1);
  }

  @Test
  void aSitemapWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-SITEMAP", StandardCharsets.UTF_8);
    pages.put(
        "/evil-sitemap.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY leak SYSTEM \""
            + secret.toUri()
            + "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
            + url("/x")
            + "?&leak;</loc></url></urlset>");
    FeedPoller.PollResult result = poller.poll(source("/evil-sitemap.xml"));
    assertThat(result.stored()).isZero();
    assertThat(requested).noneMatch(path -> path.contains("TOP-SECRET"));
    assertThat(String.valueOf(result.error())).doesNotContain("TOP-SECRET");
  }
}
