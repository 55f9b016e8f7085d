package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.server.Desk;
import dev.newsdesk.server.NewsdeskServer;
import dev.newsdesk.server.ServerConfig;
import dev.newsdesk.store.SearchHit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The service at scale, on loopback, bounded in count and time: builds a data directory by posting
 * a synthetic stream through {@code POST /api/articles} (stopping at ITEMS or after BUILD_SECONDS,
 * whichever comes first), closes it, measures its size and the start-up time of a desk opened on
 * it, then runs CLIENTS concurrent clients for READ_SECONDS each against story pages and search.
 *
 * <p>Run from the repository root: {@code java -Xmx3g -cp newsdesk-bench/target/newsdesk-bench.jar
 * dev.newsdesk.bench.ServiceScaleBench ITEMS [SHAPE] [BUILD_SECONDS] [CLIENTS] [READ_SECONDS] [DIR]
 * [BATCH] [WARMUP_SECONDS] [POSTERS]} (defaults 10000, ARTICLE, 1800, 32, 20, a new temporary
 * directory, 1, 0, 4; READ_SECONDS 0 stops after the start-up). POSTERS clients post at once while
 * the directory is built. Given a DIR that already holds a store, the build is skipped and the
 * reads run on it. BATCH items go in one POST (a JSON array) when it is above 1, as a feed poller
 * or an importer would send them. WARMUP_SECONDS of the same reads run unmeasured before each
 * measured phase, so that a long-running server's compiled code is measured rather than the JIT's
 * first minute. Every figure is printed with the load average of the moment: the machine it runs on
 * may be shared.
 *
 * <p>Besides wall-clock percentiles, each read phase prints what a shared machine disturbs less:
 * the CPU of the whole process per request (clients included), the CPU of the server's request
 * threads alone, the bytes allocated per request by every thread, and the garbage collections in
 * the phase (count and total time). With {@code -Dnewsdesk.bench.client=plain} the readers are
 * {@link PlainHttpClient}s rather than the JDK's client, whose own CPU on the shared cores was more
 * than the server's per story page. With {@code -Dnewsdesk.bench.postClient=plain} the posters are
 * {@link PlainHttpClient}s too (the default is the JDK's client, as before), and with {@code
 * -Dnewsdesk.bench.ingestWarmup=SECONDS} the same stream is first posted for that long, unmeasured,
 * into another directory (deleted after), so that the ingest figure is a warm server's rather than
 * the JIT's first minute (a cold 10k-item build spent 20-40 s of CPU compiling).
 *
 * <p>The ingest figure's wall time ends when the last answer came (polled every 20 ms; the first
 * version slept in 10 s steps, so short builds were timed up to 10 s long).
 */
public final class ServiceScaleBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * Readers use {@link PlainHttpClient} with {@code -Dnewsdesk.bench.client=plain}, else the JDK's
   * client (the default, as before).
   */
  private static final boolean PLAIN =
      "plain".equals(System.getProperty("newsdesk.bench.client", "jdk"));

  /** Posters use {@link PlainHttpClient} with {@code -Dnewsdesk.bench.postClient=plain}. */
  private static final boolean PLAIN_POSTS =
      "plain".equals(System.getProperty("newsdesk.bench.postClient", "jdk"));

  /**
   * Seconds of unmeasured ingest into another directory first ({@code
   * newsdesk.bench.ingestWarmup}).
   */
  private static final int INGEST_WARMUP = Integer.getInteger("newsdesk.bench.ingestWarmup", 0);

  private static final int POSTING_CLIENTS = 4;
  private static final List<String> WORDS =
      List.of("fire", "police", "minister", "court", "bridge", "council", "flood", "election");

  private ServiceScaleBench() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    SyntheticStream.Shape shape =
        args.length > 1 ? SyntheticStream.Shape.valueOf(args[1]) : SyntheticStream.Shape.ARTICLE;
    int buildSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 1800;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
    int readSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    Path dir = args.length > 5 ? Path.of(args[5]) : Files.createTempDirectory("newsdesk-scale");
    int batch = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 0;
    int posters = args.length > 8 ? Integer.parseInt(args[8]) : POSTING_CLIENTS;
    System.out.printf(
        Locale.ROOT,
        "data %s, %d cores, %s%n",
        dir,
        Runtime.getRuntime().availableProcessors(),
        load());
    if (!Files.exists(new DataDirectory(dir).database())) {
      build(dir, items, shape, buildSeconds, batch, posters);
    }
    long bytes = size(dir);
    long start = System.nanoTime();
    Desk desk = Desk.start(new DataDirectory(dir), Clock.systemUTC());
    NewsdeskServer server =
        NewsdeskServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withMaxThreads(
                    Integer.getInteger(
                        "newsdesk.bench.threads", ServerConfig.defaults().maxThreads())),
            desk);
    double listening = (System.nanoTime() - start) / 1e9;
    long stored = desk.replayReport().items();
    double ready = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "start-up replay: %s%n", desk.replayReport().cache());
    System.out.printf(
        Locale.ROOT,
        "data directory: %.1f MB for %d articles (%.1f MB per 10k)%n",
        bytes / 1e6,
        stored,
        bytes / 1e6 * 10_000 / Math.max(1, stored));
    System.out.printf(
        Locale.ROOT,
        "start-up with %d stored: listening (reads served) after %.1f s, ingest taken after %.1f s"
            + " (%s)%n",
        stored,
        listening,
        ready,
        load());
    if (readSeconds == 0) { // start-up only
      server.close();
      desk.close();
      return;
    }
    awaitBriefs(desk);
    String base = "http://127.0.0.1:" + server.port();
    List<String> stories = ServiceBench.storyIds(base);
    System.out.printf(Locale.ROOT, "%d stories listed%n", stories.size());
    UrlOf storyPages = r -> base + "/api/stories/" + stories.get(r.nextInt(stories.size()));
    UrlOf searches =
        r ->
            base
                + "/api/search?q="
                + URLEncoder.encode(WORDS.get(r.nextInt(WORDS.size())), StandardCharsets.UTF_8);
    if (warmup > 0) {
      latency("warm-up, story page", clients, warmup, storyPages);
    }
    latency("story page", clients, readSeconds, storyPages);
    if (warmup > 0) {
      latency("warm-up, search", clients, warmup, searches);
    }
    latency("search", clients, readSeconds, searches);
    inProcess(desk, stories);
    server.close();
    desk.close();
  }

  /**
   * The server's own work per read, without HTTP or clients: CPU time of this thread over the same
   * random story pages and searches (the search with the stories of its hits, as the API answers
   * it), one after the other. Less disturbed by a shared machine than latency under 32 clients.
   */
  private static void inProcess(Desk desk, List<String> stories) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SplittableRandom random = new SplittableRandom(PipelineBenchmark.SEED);
    int n = 2_000;
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      desk.story(new StoryId(stories.get(random.nextInt(stories.size()))));
    }
    long cpu1 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      for (SearchHit hit : desk.search(WORDS.get(random.nextInt(WORDS.size())), 20)) {
        desk.savedStory(hit.story());
      }
    }
    long cpu2 = threads.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT,
        "in process, one thread, %d calls each: story %.3f ms CPU/call, search with its stories"
            + " %.3f ms CPU/call (%s)%n",
        n,
        (cpu1 - cpu0) / 1e6 / n,
        (cpu2 - cpu1) / 1e6 / n,
        load());
  }

  /** Reads are measured once the stories changed before the restart are briefed again. */
  private static void awaitBriefs(Desk desk) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + 900 * 1_000_000_000L;
    while (desk.health().pendingBriefs() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    System.out.printf(
        Locale.ROOT,
        "briefs caught up %.1f s after the replay, %d still pending (%s)%n",
        (System.nanoTime() - start) / 1e9,
        desk.health().pendingBriefs(),
        load());
  }

  private static void build(
      Path dir, int items, SyntheticStream.Shape shape, int seconds, int batch, int posters)
      throws Exception {
    List<RawDocument> stream =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            shape,
            items,
            new SplittableRandom(PipelineBenchmark.SEED));
    if (INGEST_WARMUP > 0) {
      Path scratch = Files.createTempDirectory("newsdesk-scale-warmup");
      ingest(
          "warm-up (unmeasured, another directory)",
          scratch,
          stream,
          INGEST_WARMUP,
          batch,
          posters);
      delete(scratch);
    }
    ingest(
        "ingest through the API, "
            + shape
            + ", "
            + batch
            + " per POST, "
            + posters
            + " clients"
            + (PLAIN_POSTS ? " (plain)" : " (JDK client)"),
        dir,
        stream,
        seconds,
        batch,
        posters);
  }

  /** Posts the stream into a desk on {@code dir} for at most {@code seconds}; prints the rate. */
  private static void ingest(
      String what, Path dir, List<RawDocument> stream, int seconds, int batch, int posters)
      throws Exception {
    Desk desk = Desk.open(new DataDirectory(dir), Clock.systemUTC());
    NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/articles");
    ExecutorService pool = Executors.newFixedThreadPool(posters);
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long cpu0 = processCpuNanos();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < posters; c++) {
      done.add(
          pool.submit(
              () -> {
                try (PlainHttpClient plain = PLAIN_POSTS ? new PlainHttpClient() : null) {
                  for (int i = next.getAndAdd(batch);
                      i < stream.size() && System.nanoTime() < deadline;
                      i = next.getAndAdd(batch)) {
                    post(plain, uri, stream.subList(i, Math.min(stream.size(), i + batch)));
                  }
                }
                return null;
              }));
    }
    // Polled, not slept in 10 s steps: the end of the run is timed to within 20 ms.
    for (long progress = start + 10_000_000_000L; !allDone(done); Thread.sleep(20)) {
      if (System.nanoTime() - progress >= 0) {
        report("posting", Math.min(next.get(), stream.size()), start, cpu0);
        progress += 10_000_000_000L;
      }
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    report(what, desk.health().articles(), start, cpu0);
    server.close();
    desk.close();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static boolean allDone(List<Future<?>> futures) {
    return futures.stream().allMatch(Future::isDone);
  }

  private static void report(String what, long count, long start, long cpu0) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %d articles in %.0f s, %.1f articles/s, CPU %.2f ms/article (%s)%n",
        what,
        count,
        seconds,
        count / seconds,
        (processCpuNanos() - cpu0) / 1e6 / Math.max(1, count),
        load());
  }

  /**
   * CPU time of the whole process, GC and finished threads included, from {@code /proc/self/stat}
   * (user and system time in clock ticks of 10 ms): less disturbed by a shared machine than wall
   * time.
   */
  private static long processCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return ServiceBench.cpuNanos(); // not Linux: the live threads only
    }
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load " + parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "load unknown";
    }
  }

  /** Posts one item as a JSON object, several as a JSON array. */
  private static void post(PlainHttpClient plain, URI uri, List<RawDocument> items)
      throws IOException, InterruptedException {
    String body;
    if (items.size() == 1) {
      body = ServiceBench.postBody(items.get(0)).toString();
    } else {
      ArrayNode array = JSON.createArrayNode();
      items.forEach(item -> array.add(ServiceBench.postBody(item)));
      body = array.toString();
    }
    int status;
    if (plain != null) {
      status = plain.post(uri, "application/json", body.getBytes(StandardCharsets.UTF_8));
    } else {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    if (status != 201 && status != 422) {
      throw new IllegalStateException(items.get(0).input() + ": " + status);
    }
  }

  interface UrlOf {
    String url(SplittableRandom random);
  }

  /** Each client asks, one request after the other, for the given time; then p50 and p99. */
  private static void latency(String what, int clients, int seconds, UrlOf urls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    PhaseCost cost = PhaseCost.start();
    long cpu0 = processCpuNanos();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      SplittableRandom random = new SplittableRandom(PipelineBenchmark.SEED + c);
      results.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1024];
                int n = 0;
                try (PlainHttpClient plain = PLAIN ? new PlainHttpClient() : null) {
                  while (System.nanoTime() < deadline) {
                    URI uri = URI.create(urls.url(random));
                    long start = System.nanoTime();
                    int status =
                        plain != null
                            ? plain.get(uri)
                            : HTTP.send(
                                    HttpRequest.newBuilder(uri).build(),
                                    HttpResponse.BodyHandlers.ofByteArray())
                                .statusCode();
                    if (status != 200) {
                      throw new IllegalStateException(uri + ": " + status);
                    }
                    if (n == nanos.length) {
                      nanos = Arrays.copyOf(nanos, n * 2);
                    }
                    nanos[n++] = System.nanoTime() - start;
                  }
                }
                return Arrays.copyOf(nanos, n);
              }));
    }
    long[] all = ServiceBench.sortedLatencies(results);
    double cpuMillis = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, all.length);
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "%s latency, %d clients (%s), %d s, %d requests (%.0f/s): p50 %.1f ms, p99 %.1f ms,"
            + " process CPU %.2f ms/request, clients and background work included (%s)%n",
        what,
        clients,
        PLAIN ? "plain client" : "JDK client",
        seconds,
        all.length,
        all.length / (double) seconds,
        SoakSamples.percentile(all, 0.5),
        SoakSamples.percentile(all, 0.99),
        cpuMillis,
        load());
    System.out.printf(Locale.ROOT, "  %s%n", cost.end(all.length));
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
