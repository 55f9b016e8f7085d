package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.store.StoredItem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code newsdesk serve} process is killed with SIGKILL while a client is posting to it.
 * After a restart on the same data directory, every article it acknowledged is there exactly once,
 * and the stream state is back: a new report joins the story an acknowledged one started.
 */
class KillAndRestartTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir Path data;

  @Test
  void everyAcknowledgedArticleSurvivesKillNineExactlyOnce() throws Exception {
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // input -> article id
    ServeChild first = ServeChild.start(data, log());
    JsonNode ferry = post(first.url(), ferry("Harbour Times", 1), "ferry-1");
    String firstStory = ferry.get("story").asText();
    acknowledged.put("ferry-1", ferry.get("article").asText());
    CountDownLatch enough = new CountDownLatch(8);
    Thread client =
        new Thread(
            () -> {
              for (int i = 0; i < 400; i++) {
                try {
                  JsonNode placed = post(first.url(), filler(i), "filler-" + i);
                  acknowledged.put("filler-" + i, placed.get("article").asText());
                  enough.countDown();
                } catch (IOException | RuntimeException e) {
                  return; // the server died under us: this post was never acknowledged
                }
              }
            });
    client.start();
    assertThat(enough.await(3, TimeUnit.MINUTES)).as("the server acknowledged 8 posts").isTrue();
    first.kill();
    client.join(60_000);

    ServeChild second = ServeChild.start(data, log());
    try {
      for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
        HttpResponse<String> found = get(second.url() + "api/articles/" + ack.getValue());
        assertThat(found.statusCode()).as(ack.getKey()).isEqualTo(200);
        assertThat(JSON.readTree(found.body()).get("input").asText()).isEqualTo(ack.getKey());
      }
      JsonNode later = post(second.url(), ferry("Valley Post", 2), "ferry-2");
      assertThat(later.get("story").asText())
          .as("the restored stream puts the second report in the first one's story")
          .isEqualTo(firstStory);
    } finally {
      second.kill();
    }
    List<String> stored = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(data.resolve("newsdesk.db"))) {
      store.forEach(0, (StoredItem s) -> stored.add(s.item().input()));
    }
    assertThat(stored).doesNotHaveDuplicates().containsAll(acknowledged.keySet());
  }

  private static String ferry(String outlet, int n) {
    String text =
        n == 1
            ? "A passenger ferry ran aground off Tesmer Point early on Monday, and all 40"
                + " passengers were brought ashore by lifeboat crews, the coastguard said.\\n\\nThe"
                + " ferry Maren Star struck a sandbank while crossing from Olvik to Sarre in heavy"
                + " fog, coastguard spokesman Petra Lind said."
            : "The ferry Maren Star ran aground near Tesmer Point on Monday morning in thick fog,"
                + " and lifeboat crews took all 40 passengers ashore, according to the"
                + " coastguard.\\n\\nSpokesman Petra Lind said the vessel hit a sandbank on the"
                + " crossing from Olvik to Sarre.";
    return "{\"source\":\""
        + outlet
        + "\",\"title\":\"Ferry Maren Star aground off Tesmer Point\",\"text\":\""
        + text
        + "\"}";
  }

  private static String filler(int i) {
    String[] towns = {"Brisk", "Calder", "Dunmore", "Elswick", "Fenwick", "Garrow"};
    String town = towns[i % towns.length];
    return "{\"source\":\"Wire "
        + i
        + "\",\"title\":\"Road works number "
        + i
        + " in "
        + town
        + "\",\"text\":\"Crews in "
        + town
        + " began repairs on road "
        + i
        + " on Tuesday, the county said. The work on section "
        + (i * 7)
        + " is expected to last "
        + (i % 9 + 2)
        + " weeks, and a diversion through "
        + town
        + " high street will be signposted.\"}";
  }

  private static JsonNode post(String url, String json, String input) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "api/articles?input=" + input))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(input + ": " + response.statusCode() + response.body());
    }
    return JSON.readTree(response.body()).get("items").get(0);
  }

  private static HttpResponse<String> get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The child's standard error, beside the data directory, for reading after a failure. */
  private Path log() {
    return data.resolveSibling(data.getFileName() + "-stderr.log");
  }
}
