package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.embedded.StoreAudit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of ingest, many times over one data directory. Each round
 * starts {@code newsdesk serve} (the restart after the last kill), checks it, lets two clients post
 * while a seeded random delay runs out, and kills the process with SIGKILL mid-stream. Posts whose
 * answer was lost are retried in the next round, as a client would.
 *
 * <p>After every kill, with the files at rest: SQLite's integrity check says ok, Lucene's
 * CheckIndex is clean, and the index agrees with the store as far as it has committed. After every
 * restart: every acknowledged article is stored exactly once, the index has caught up and agrees
 * with the store, the replay places every stored article where it was stored, and every article
 * acknowledged in the last round is served with the story it was acknowledged in, and that story
 * exists.
 *
 * <p>Rounds: {@code -Dnewsdesk.killRounds} (default 3 in {@code mvn verify}; {@code bin/kill-loop
 * 50} is the long run), seed {@code -Dnewsdesk.killSeed}. A line per round goes to {@code
 * target/kill-loop.tsv}.
 */
class KillLoopTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final int MAX_KILL_DELAY_MS = 1_000;
  @TempDir Path dir;

  /** An acknowledged article: where the server said it went. */
  private record Ack(String article, String story) {}

  @Test
  void everyAcknowledgedArticleSurvivesRepeatedKillNineExactlyOnceAndTheIndexAgrees()
      throws Exception {
    int rounds = Integer.getInteger("newsdesk.killRounds", 3);
    Random random = new Random(Long.getLong("newsdesk.killSeed", 42L));
    Path data = dir.resolve("data");
    Path log = dir.resolve("serve-stderr.log");
    Path tsv = Path.of("target", "kill-loop.tsv");
    Files.writeString(
        tsv, "round\tkill_delay_ms\tacknowledged\tunanswered\tstored\tstart_ms\n", UTF8);
    Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    Map<String, Ack> lastRound = new LinkedHashMap<>();
    Set<String> unanswered = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    for (int round = 1; round <= rounds; round++) {
      long started = System.nanoTime();
      ServeChild child = ServeChild.start(data, log);
      long startMs = (System.nanoTime() - started) / 1_000_000;
      Map<String, Ack> thisRound = new ConcurrentHashMap<>();
      int delay = random.nextInt(MAX_KILL_DELAY_MS);
      try {
        StoreAudit.Report restarted = StoreAudit.check(new DataDirectory(data), false);
        assertRestarted(round, restarted, acknowledged, log);
        assertServed(child, lastRound);
        retry(child, unanswered, acknowledged);
        post(child, next, delay, thisRound, unanswered);
      } finally {
        child.kill(); // already dead unless a check failed: never leave a server behind
      }
      acknowledged.putAll(thisRound);
      StoreAudit.Report crashed = StoreAudit.check(new DataDirectory(data), true);
      assertThat(crashed.integrity()).as("round %d: SQLite after kill", round).isEqualTo("ok");
      assertThat(crashed.indexCheck())
          .as("round %d: CheckIndex after kill", round)
          .isEqualTo("clean");
      assertThat(crashed.problems()).as("round %d: store vs index after kill", round).isEmpty();
      assertThat(crashed.indexedThrough()).isLessThanOrEqualTo(crashed.lastSequence());
      lastRound = new LinkedHashMap<>(thisRound);
      Files.writeString(
          tsv,
          String.format(
              Locale.ROOT,
              "%d\t%d\t%d\t%d\t%d\t%d%n",
              round,
              delay,
              thisRound.size(),
              unanswered.size(),
              crashed.inputs().size(),
              startMs),
          UTF8,
          StandardOpenOption.APPEND);
    }
    ServeChild last = ServeChild.start(data, log);
    try {
      assertRestarted(
          rounds + 1, StoreAudit.check(new DataDirectory(data), false), acknowledged, log);
      assertServed(last, lastRound);
    } finally {
      last.kill();
    }
    assertThat(acknowledged).as("the clients were acknowledged something").isNotEmpty();
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static void assertRestarted(
      int round, StoreAudit.Report audit, Map<String, Ack> acknowledged, Path log)
      throws IOException {
    assertThat(audit.integrity()).as("round %d: SQLite after restart", round).isEqualTo("ok");
    assertThat(audit.problems()).as("round %d: store vs index after restart", round).isEmpty();
    assertThat(audit.indexedThrough())
        .as("round %d: the index caught up on start", round)
        .isEqualTo(audit.lastSequence());
    assertThat(audit.indexed()).isEqualTo(audit.inputs().size());
    assertThat(audit.inputs()).doesNotHaveDuplicates().containsAll(acknowledged.keySet());
    assertThat(Files.readString(log, UTF8))
        .as("round %d: the replay placed every stored article where it was stored", round)
        .doesNotContain("placed differently");
  }

  /** Each article of the last round is served in the story it was acknowledged in. */
  private static void assertServed(ServeChild child, Map<String, Ack> lastRound)
      throws IOException {
    Set<String> stories = new HashSet<>();
    for (Map.Entry<String, Ack> ack : lastRound.entrySet()) {
      HttpResponse<String> found = get(child.url() + "api/articles/" + ack.getValue().article());
      assertThat(found.statusCode()).as(ack.getKey()).isEqualTo(200);
      JsonNode article = JSON.readTree(found.body());
      assertThat(article.get("input").asText()).isEqualTo(ack.getKey());
      assertThat(article.get("story").asText()).as(ack.getKey()).isEqualTo(ack.getValue().story());
      stories.add(ack.getValue().story());
    }
    for (String story : stories) {
      assertThat(get(child.url() + "api/stories/" + story).statusCode()).as(story).isEqualTo(200);
    }
  }

  /** Posts again what the last kill left unanswered: stored now, or stored before the kill. */
  private static void retry(ServeChild child, Set<String> unanswered, Map<String, Ack> acks)
      throws IOException {
    for (String input : List.copyOf(unanswered)) {
      int i = Integer.parseInt(input.substring(input.indexOf('-') + 1));
      HttpResponse<String> response = send(request(child, input, CrashStream.item(i)));
      JsonNode item = JSON.readTree(response.body()).get("items").get(0);
      if (response.statusCode() == 201) {
        acks.put(input, new Ack(item.get("article").asText(), item.get("story").asText()));
      } else {
        assertThat(response.statusCode()).as(input).isEqualTo(422);
        assertThat(item.get("reason").asText()).as(input).contains("already read");
        acks.put(input, new Ack(null, null));
      }
      unanswered.remove(input);
    }
    acks.values().removeIf(a -> a.article() == null);
  }

  /**
   * Two clients post until SIGKILL, which comes {@code delay} ms after the first answer (so the
   * kill lands in steady ingest, not in the first post's loading of the language models).
   */
  private static void post(
      ServeChild child,
      AtomicInteger next,
      int delay,
      Map<String, Ack> acks,
      Set<String> unanswered)
      throws InterruptedException {
    AtomicBoolean killed = new AtomicBoolean();
    CountDownLatch answered = new CountDownLatch(1);
    List<String> unexpected = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      Thread client =
          new Thread(
              () -> {
                while (!killed.get()) {
                  int i = next.getAndIncrement();
                  String input = "item-" + i;
                  try {
                    HttpResponse<String> response =
                        send(request(child, input, CrashStream.item(i)));
                    answered.countDown();
                    JsonNode item = JSON.readTree(response.body()).get("items").get(0);
                    if (response.statusCode() == 201) {
                      acks.put(
                          input, new Ack(item.get("article").asText(), item.get("story").asText()));
                    } else {
                      synchronized (unexpected) {
                        unexpected.add(
                            input + ": " + response.statusCode() + " " + response.body());
                      }
                    }
                  } catch (IOException e) {
                    unanswered.add(input); // the server died under this post
                    answered.countDown();
                    return;
                  }
                }
              });
      client.start();
      clients.add(client);
    }
    assertThat(answered.await(15, TimeUnit.MINUTES)).as("first answer").isTrue();
    Thread.sleep(delay);
    killed.set(true);
    child.kill();
    for (Thread client : clients) {
      client.join(120_000);
    }
    assertThat(unexpected).as("answers other than 201 while posting").isEmpty();
  }

  private static HttpRequest request(ServeChild child, String input, ObjectNode json) {
    return HttpRequest.newBuilder(URI.create(child.url() + "api/articles?input=" + input))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
        .build();
  }

  private static HttpResponse<String> get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
