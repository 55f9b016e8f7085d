package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.store.Source;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day in the life of four feeds: one never answers in time, one answers 500, one answers garbage,
 * one is healthy. A manual clock makes 24 hours pass in seconds, the poller dispatching once a
 * simulated minute: the failing ones back off exponentially up to the cap with their reasons
 * visible in {@code GET /api/sources}, the healthy one is polled on schedule all day, and the
 * poller's threads do not grow.
 */
class FailingSourcesTest {
  private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  // Long enough that the healthy feed's loopback fetch never times out on a loaded machine (at 400
  // ms it did once, at load 30, and missed one of its 96 polls); the slow source's eight timeouts
  // cost eight times this.
  private static final Duration FETCH_TIMEOUT = Duration.ofMillis(1500);
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(START);
  private final Map<String, List<Instant>> polledAt = new ConcurrentHashMap<>();
  private HostileServer server;
  private Desk desk;
  private FeedPoller poller;

  @BeforeEach
  void start() throws IOException {
    server = HostileServer.loopback();
    serve("/slow", out -> dripForever(out));
    serve("/broken", out -> out.write(HostileServer.status(500, "upstream exploded")));
    serve("/garbage", out -> out.write(HostileServer.status(200, "\u0000\u00ff not a feed {[<")));
    serve("/good.xml", out -> out.write(HostileServer.status(200, goodFeed())));
    desk = Desk.open(new DataDirectory(dir.resolve("data")), clock);
    FetchConfig fetch = FetchConfig.defaults().withLimits(3, 1 << 20, FETCH_TIMEOUT);
    for (String host : List.of("slow.test", "broken.test", "garbage.test", "good.test")) {
      fetch = fetch.allowing(host + ":" + server.port());
    }
    SafeFetcher fetcher =
        new SafeFetcher(
            fetch, host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, a -> false);
    poller = new FeedPoller(desk, fetcher, PollConfig.defaults(), clock);
  }

  @AfterEach
  void stop() throws IOException {
    poller.close();
    desk.close();
    server.close();
  }

  private void serve(String path, HostileServer.Responder responder) {
    polledAt.put(path, new CopyOnWriteArrayList<>());
    server.on(
        path,
        out -> {
          polledAt.get(path).add(clock.instant());
          responder.respond(out);
        });
  }

  private static void dripForever(java.io.OutputStream out)
      throws IOException, InterruptedException {
    out.write(HostileServer.head(200, "Content-Length: 1000000"));
    while (true) {
      out.write('<');
      out.flush();
      Thread.sleep(50);
    }
  }

  private static String goodFeed() {
    String text = "<p>The ferry to Sarre ran on time again on Monday, the harbour office said.</p>";
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Olvik Post</title>"
        + "<link>http://good.test/</link><description>news</description>"
        + "<item><title>Ferries on time</title><link>http://good.test/ferries</link>"
        + "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA["
        + text.repeat(8)
        + "]]></description></item></channel></rss>";
  }

  private String url(String host, String path) {
    return "http://" + host + ":" + server.port() + path;
  }

  /** The poller's workers and ticker, and the fetcher's deadline thread. */
  private static int pollerThreads() {
    int n = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      String name = t.getName();
      if (t.isAlive() && (name.startsWith("newsdesk-fetch") || name.startsWith("newsdesk-poll"))) {
        n++;
      }
    }
    return n;
  }

  private static List<Duration> gaps(List<Instant> times) {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add(Duration.between(times.get(i - 1), times.get(i)));
    }
    return gaps;
  }

  @Test
  void failingSourcesBackOffForADayWhileTheHealthyOneIsPolledOnScheduleAndNoThreadsLeak()
      throws Exception {
    desk.sources().add(url("slow.test", "/slow"), null, START);
    desk.sources().add(url("broken.test", "/broken"), null, START);
    desk.sources().add(url("garbage.test", "/garbage"), null, START);
    desk.sources().add(url("good.test", "/good.xml"), null, START);
    int threadsAfterFirstHour = -1;
    for (int minute = 0; minute < 24 * 60; minute++) {
      for (Future<FeedPoller.PollResult> poll : poller.dispatchDue()) {
        poll.get();
      }
      if (minute == 60) {
        threadsAfterFirstHour = pollerThreads();
      }
      clock.advance(Duration.ofMinutes(1));
    }

    Duration interval = PollConfig.defaults().interval();
    assertThat(polledAt.get("/good.xml")).hasSize(96);
    assertThat(gaps(polledAt.get("/good.xml"))).containsOnly(interval);
    List<Duration> backoff =
        List.of(15, 30, 60, 120, 240, 360, 360).stream().map(Duration::ofMinutes).toList();
    for (String failing : List.of("/slow", "/broken", "/garbage")) {
      assertThat(gaps(polledAt.get(failing))).as(failing).isEqualTo(backoff);
    }
    assertThat(desk.health().articles()).isEqualTo(1);
    assertThat(pollerThreads()).isEqualTo(threadsAfterFirstHour).isLessThanOrEqualTo(3);

    Map<String, JsonNode> sources = sourcesFromTheApi();
    assertThat(sources.get("/slow").get("failures").asInt()).isEqualTo(8);
    assertThat(sources.get("/slow").get("lastError").asText()).contains("took longer than");
    assertThat(sources.get("/broken").get("lastError").asText()).contains("HTTP 500");
    assertThat(sources.get("/garbage").get("lastError").asText()).isNotBlank();
    assertThat(sources.get("/good.xml").get("failures").asInt()).isZero();
    assertThat(sources.get("/good.xml").get("lastError").isNull()).isTrue();

    poller.close();
    Thread.sleep(200); // let the pool's threads finish exiting after shutdownNow
    assertThat(pollerThreads()).isLessThanOrEqualTo(1); // the process-wide deadline thread
  }

  private Map<String, JsonNode> sourcesFromTheApi() throws Exception {
    try (NewsdeskServer api = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + api.port() + "/api/sources"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, JsonNode> byPath = new java.util.HashMap<>();
      for (JsonNode node : new ObjectMapper().readTree(response.body())) {
        byPath.put(URI.create(node.get("url").asText()).getPath(), node);
      }
      return byPath;
    }
  }

  @Test
  void aPollThatTimesOutRecordsItsReasonAndOneFailureOnTheSource() {
    Source slow = desk.sources().add(url("slow.test", "/slow"), null, START);
    long started = System.nanoTime();
    FeedPoller.PollResult result = poller.poll(slow);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(result.error()).contains("took longer than " + FETCH_TIMEOUT);
    assertThat(took)
        .as("bounded by the fetch's time cap, with slack for a loaded machine")
        .isLessThan(Duration.ofSeconds(10));
    assertThat(desk.sources().source(slow.id()).orElseThrow().failures()).isEqualTo(1);
  }
}
