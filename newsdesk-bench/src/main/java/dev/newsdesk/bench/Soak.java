package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.server.Desk;
import dev.newsdesk.server.NewsdeskServer;
import dev.newsdesk.server.ServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The soak run: {@code newsdesk serve} in this JVM on loopback, a steady stream of generated
 * articles posted to it, and concurrent readers of the story list, story pages and search, for a
 * fixed time; it stops by itself. Every interval it samples the heap after a full GC, the live
 * threads, the open file descriptors ({@code /proc/self/fd}) and the p50 / p99 latency of each kind
 * of request, writes them as CSV, and at the end draws them as an SVG ({@link SoakPlot}).
 *
 * <p>Run (from the repository root, after {@code mvn -q -DskipTests package}): {@code bin/soak
 * [SECONDS] [ARTICLES_PER_SECOND] [READERS]} (defaults 600, 2, 4); writes {@code docs/soak.csv} and
 * {@code docs/soak.svg}. The stream is {@link SyntheticStream} (ARTICLE shape, seed {@value
 * PipelineBenchmark#SEED}); readers pause 200 ms between requests.
 *
 * <p>The stream is re-dated to {@value #ARTICLES_PER_DAY} articles a day of publication (at 2 a
 * second, a day every 5 s; 600 s are 120 days), so stories go quiet for longer than {@code
 * ClusterConfig.quietDays} and leave the active set within the run, as a long-running service's
 * stories do. With the generator's own dates (30 days whatever the count) none would, and the heap
 * would measure only how much a month of news takes.
 */
public final class Soak {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final int INTERVAL_SECONDS = 10;
  static final int ARTICLES_PER_DAY = 10;
  private static final List<String> WORDS =
      List.of("fire", "police", "minister", "court", "bridge", "council", "school", "river");

  private final String base;
  private final SoakSamples samples = new SoakSamples();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger posted = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();

  private Soak(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    double rate = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
    int readers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Path out = Path.of(args.length > 3 ? args[3] : "docs");
    int count = (int) Math.ceil(seconds * rate) + 10;
    List<RawDocument> generated =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            SyntheticStream.Shape.ARTICLE,
            count,
            new SplittableRandom(PipelineBenchmark.SEED));
    List<RawDocument> stream = new ArrayList<>(generated.size());
    for (int i = 0; i < generated.size(); i++) {
      RawDocument item = generated.get(i);
      stream.add(
          new RawDocument(
              item.input(),
              item.kind(),
              item.body(),
              item.metadata()
                  .withPublished(SyntheticStream.FIRST_DAY.plusDays(i / ARTICLES_PER_DAY))));
    }
    Path dir = Files.createTempDirectory("newsdesk-soak");
    Desk desk = Desk.open(new DataDirectory(dir), Clock.systemUTC());
    NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
    Soak soak = new Soak("http://127.0.0.1:" + server.port());
    System.out.printf(
        Locale.ROOT,
        "soak: %d s, %.1f articles/s, %d readers, data in %s%n",
        seconds,
        rate,
        readers,
        dir);
    List<SoakSamples.Row> rows = soak.run(stream, seconds, rate, readers);
    server.close();
    desk.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("soak.csv"), SoakSamples.csv(rows), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("soak.svg"), SoakPlot.svg(rows), StandardCharsets.UTF_8);
    System.out.println(SoakSamples.verdict(rows));
    System.out.printf(
        Locale.ROOT,
        "posted %d, failed requests %d; wrote %s and %s%n",
        soak.posted.get(),
        soak.failures.get(),
        out.resolve("soak.csv"),
        out.resolve("soak.svg"));
  }

  private List<SoakSamples.Row> run(List<RawDocument> stream, int seconds, double rate, int readers)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    threads.add(start("soak-ingest", () -> ingest(stream, rate)));
    for (int r = 0; r < readers; r++) {
      SplittableRandom random = new SplittableRandom(PipelineBenchmark.SEED + r);
      threads.add(start("soak-reader-" + r, () -> read(random)));
    }
    List<SoakSamples.Row> rows = new ArrayList<>();
    long start = System.nanoTime();
    rows.add(sample(0));
    for (int t = INTERVAL_SECONDS; t <= seconds; t += INTERVAL_SECONDS) {
      long due = start + t * 1_000_000_000L;
      Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
      rows.add(sample(t));
    }
    running.set(false);
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    return rows;
  }

  private static Thread start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Posts the stream at a steady rate; when it falls behind it posts back to back. */
  private void ingest(List<RawDocument> stream, double rate) {
    long start = System.nanoTime();
    for (int i = 0; i < stream.size() && running.get(); i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        sleep(wait / 1_000_000);
      }
      RawDocument item = stream.get(i);
      timed(SoakSamples.Kind.POST, () -> post(item));
      posted.incrementAndGet();
    }
  }

  private void read(SplittableRandom random) {
    List<String> stories = new ArrayList<>();
    while (running.get()) {
      int pick = random.nextInt(3);
      if (pick == 0 || stories.isEmpty()) {
        timed(SoakSamples.Kind.STORY_LIST, () -> stories(stories));
      } else if (pick == 1) {
        String id = stories.get(random.nextInt(stories.size()));
        timed(SoakSamples.Kind.STORY_PAGE, () -> get("/api/stories/" + id));
      } else {
        String q =
            URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8);
        timed(SoakSamples.Kind.SEARCH, () -> get("/api/search?q=" + q));
      }
      sleep(200);
    }
  }

  interface Request {
    void send() throws IOException, InterruptedException;
  }

  private void timed(SoakSamples.Kind kind, Request request) {
    long start = System.nanoTime();
    try {
      request.send();
      samples.record(kind, System.nanoTime() - start);
    } catch (IOException | RuntimeException e) {
      failures.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  private void post(RawDocument item) throws IOException, InterruptedException {
    ObjectNode body = ServiceBench.postBody(item);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 201, 422);
  }

  private void stories(List<String> ids) throws IOException, InterruptedException {
    JsonNode page = JSON.readTree(get("/api/stories?limit=20"));
    List<String> fresh = new ArrayList<>();
    page.get("stories").forEach(s -> fresh.add(s.get("id").asText()));
    ids.clear();
    ids.addAll(fresh);
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build();
    return check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 200, 200);
  }

  private static String check(HttpResponse<String> response, int ok, int alsoOk) {
    if (response.statusCode() != ok && response.statusCode() != alsoOk) {
      throw new IllegalStateException(response.uri() + ": " + response.statusCode());
    }
    return response.body();
  }

  private SoakSamples.Row sample(int second) {
    System.gc(); // the heap that stays, not the garbage of the last interval
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    SoakSamples.Row row = samples.drain(second, heap, threads, openFiles(), posted.get());
    System.out.println(row.csv());
    return row;
  }

  private static long openFiles() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    } catch (IOException e) {
      return -1; // not Linux: no count
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
