package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.Pipeline;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.server.Desk;
import dev.newsdesk.server.NewsdeskServer;
import dev.newsdesk.server.ServerConfig;
import java.io.IOException;
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
 * The service end to end, on loopback: ingest through {@code POST /api/articles} against the
 * in-memory pipeline on the same items in the same run (the ratio is what to compare across
 * machines), then story-page and search latency under concurrent clients, data directory size and
 * start-up (replay) time.
 *
 * <p>Run: {@code java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.ServiceBench
 * [ITEMS] [CLIENTS] [REQUESTS_PER_CLIENT]} (defaults 600, 32, 20), from the repository root.
 */
public final class ServiceBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ServiceBench() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<RawDocument> stream =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            SyntheticStream.Shape.ARTICLE,
            items,
            new SplittableRandom(PipelineBenchmark.SEED));
    System.out.printf(Locale.ROOT, "items %d, clients %d%n", items, clients);

    Pipeline.create().accept(stream.get(0)); // load the models before either timing
    long cpu0 = cpuNanos();
    double pipelineRate = pipelineRate(stream);
    long pipelineCpu = cpuNanos() - cpu0;
    Path dir = Files.createTempDirectory("newsdesk-bench");
    Desk desk = Desk.open(new DataDirectory(dir), Clock.systemUTC());
    NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
    String base = "http://127.0.0.1:" + server.port();
    cpu0 = cpuNanos();
    double serviceRate = ingestRate(base, stream, 4);
    long serviceCpu = cpuNanos() - cpu0;
    System.out.printf(
        Locale.ROOT,
        "ingest CPU (whole process, clients included): pipeline %.1f ms/article, service %.1f"
            + " ms/article, ratio %.2f%n",
        pipelineCpu / 1e6 / items,
        serviceCpu / 1e6 / items,
        (double) pipelineCpu / serviceCpu);
    System.out.printf(
        Locale.ROOT,
        "ingest: pipeline %.1f articles/s, service (POST, 4 clients) %.1f articles/s, ratio %.2f%n",
        pipelineRate,
        serviceRate,
        serviceRate / pipelineRate);

    List<String> stories = storyIds(base);
    List<String> words = List.of("fire", "police", "minister", "court", "bridge", "council");
    latency(
        "story page",
        clients,
        requests,
        i -> base + "/api/stories/" + stories.get(i % stories.size()));
    latency(
        "search",
        clients,
        requests,
        i ->
            base
                + "/api/search?q="
                + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8));
    server.close();
    desk.close();
    long bytes = size(dir);
    System.out.printf(
        Locale.ROOT,
        "data directory: %.1f MB for %d articles (%.1f MB per 10k)%n",
        bytes / 1e6,
        items,
        bytes / 1e6 * 10_000 / items);
    long start = System.nanoTime();
    try (Desk reopened = Desk.open(new DataDirectory(dir), Clock.systemUTC())) {
      System.out.printf(
          Locale.ROOT,
          "start-up with %d stored: %.1f s (replay through the pipeline)%n",
          reopened.replayReport().items(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * CPU time of every live thread (server, clients and the pipeline): less disturbed by other load
   * on the machine than wall time. The client threads are kept alive until it is read.
   */
  static long cpuNanos() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static double pipelineRate(List<RawDocument> stream) {
    Pipeline pipeline = Pipeline.create();
    long start = System.nanoTime();
    for (RawDocument item : stream) {
      try {
        pipeline.accept(item);
      } catch (RejectedItemException e) {
        // counted in the time like the service's rejections
      }
    }
    return stream.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static double ingestRate(String base, List<RawDocument> stream, int clients)
      throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients,
            r -> {
              Thread t = new Thread(r, "ingest-client");
              t.setDaemon(true);
              return t;
            });
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < stream.size();
                    i = next.getAndIncrement()) {
                  post(base, stream.get(i));
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    return stream.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** An item as the JSON body {@code POST /api/articles} takes (the fields of a JSONL line). */
  static ObjectNode postBody(RawDocument item) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", item.input());
    body.put("source", item.metadata().source());
    body.put("title", item.metadata().title());
    body.put(
        "published",
        item.metadata().published() == null ? null : item.metadata().published().toString());
    body.put("text", item.body());
    return body;
  }

  private static void post(String base, RawDocument item) throws IOException, InterruptedException {
    ObjectNode body = postBody(item);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HTTP.send(request, HttpResponse.BodyHandlers.discarding());
  }

  /** Every story id the API lists, page by page. */
  static List<String> storyIds(String base) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 200) {
      HttpResponse<String> page =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=200&offset=" + offset))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode stories = JSON.readTree(page.body()).get("stories");
      stories.forEach(s -> ids.add(s.get("id").asText()));
      if (stories.size() < 200) {
        return ids;
      }
    }
  }

  interface UrlOf {
    String url(int i);
  }

  private static void latency(String what, int clients, int requests, UrlOf urls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(
          pool.submit(
              () -> {
                long[] nanos = new long[requests];
                for (int r = 0; r < requests; r++) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(urls.url(client * requests + r))).build();
                  long start = System.nanoTime();
                  HttpResponse<byte[]> response =
                      HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  nanos[r] = System.nanoTime() - start;
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + ": " + response.statusCode());
                  }
                }
                return nanos;
              }));
    }
    long[] all = sortedLatencies(results);
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "%s latency, %d clients, %d requests: p50 %.1f ms, p99 %.1f ms%n",
        what,
        clients,
        all.length,
        SoakSamples.percentile(all, 0.5),
        SoakSamples.percentile(all, 0.99));
  }

  /** Every client's latencies, in nanoseconds, in one sorted array. */
  static long[] sortedLatencies(List<Future<long[]>> clients)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    long[] all = new long[0];
    for (Future<long[]> f : clients) {
      long[] some = f.get();
      long[] merged = Arrays.copyOf(all, all.length + some.length);
      System.arraycopy(some, 0, merged, all.length, some.length);
      all = merged;
    }
    Arrays.sort(all);
    return all;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
