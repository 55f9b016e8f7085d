package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: {@code newsdesk serve} keeps its data directory on a 1 MB tmpfs, is fed until
 * the disk is full, then the tmpfs is grown. Needs root and {@code mount}, so it runs only when
 * asked: {@code bin/disk-full-drill} ({@code -Dnewsdesk.tmpfsDrill=true}); the portable form, in
 * every build, injects the failure at the storage boundary ({@code DiskFullTest}).
 */
class TmpfsDiskFullDrillTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir Path dir;

  @Test
  void aServerWhoseDiskFillsUpRefusesCleanlyKeepsWhatItStoredAndResumesWhenTheDiskGrows()
      throws Exception {
    assumeTrue(Boolean.getBoolean("newsdesk.tmpfsDrill"), "run by bin/disk-full-drill");
    Path mount = Files.createDirectories(dir.resolve("tmpfs"));
    run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString());
    try {
      drill(mount.resolve("data"));
    } finally {
      run("umount", "-l", mount.toString());
    }
  }

  private void drill(Path data) throws Exception {
    ServeChild child = ServeChild.start(data, dir.resolve("serve-stderr.log"));
    Map<String, String> acknowledged = new LinkedHashMap<>();
    String refused = null;
    String reason = null;
    int i = 0;
    for (; i < 5_000 && refused == null; i++) {
      HttpResponse<String> response = post(child, "big-" + i, big(i));
      if (response.statusCode() == 201) {
        acknowledged.put("big-" + i, firstItem(response).get("article").asText());
      } else {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(507);
        refused = "big-" + i;
        reason = JSON.readTree(response.body()).get("error").asText();
      }
    }
    System.out.printf(
        Locale.ROOT, "disk full after %d articles: %s%n", acknowledged.size(), reason);
    assertThat(refused).as("the 1 MB disk filled up").isNotNull();
    assertThat(reason).startsWith("storage full");
    assertThat(get(child, "api/stories").statusCode()).as("reads go on").isEqualTo(200);
    String first = acknowledged.values().iterator().next();
    assertThat(get(child, "api/articles/" + first).statusCode()).isEqualTo(200);

    run("mount", "-o", "remount,size=64m", data.getParent().toString());
    Thread.sleep(6_000); // the server refuses for 5 s after a full disk before trying again
    HttpResponse<String> resumed = post(child, refused, big(i - 1));
    assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(201);
    acknowledged.put(refused, firstItem(resumed).get("article").asText());
    child.process().destroy(); // SIGTERM: a clean stop, the index committed if it can be
    assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).isTrue();

    StoreAudit.Report stopped = StoreAudit.check(new DataDirectory(data), true);
    assertThat(stopped.sound()).as(stopped.toString()).isTrue();
    assertThat(stopped.inputs()).doesNotHaveDuplicates().containsAll(acknowledged.keySet());
    ServeChild again = ServeChild.start(data, dir.resolve("serve-stderr.log"));
    try {
      StoreAudit.Report restarted = StoreAudit.check(new DataDirectory(data), false);
      assertThat(restarted.sound()).as(restarted.toString()).isTrue();
      assertThat(restarted.indexedThrough()).isEqualTo(restarted.lastSequence());
      for (String article : acknowledged.values()) {
        assertThat(get(again, "api/articles/" + article).statusCode()).isEqualTo(200);
      }
    } finally {
      again.kill();
    }
    System.out.printf(
        Locale.ROOT,
        "after the disk grew: %d acknowledged, %d stored, index through %d of %d%n",
        acknowledged.size(),
        stopped.inputs().size(),
        stopped.indexedThrough(),
        stopped.lastSequence());
  }

  /**
   * A short report. (Padding every item to 12 KB with the same sentences made them all one story,
   * whose re-brief under the desk lock outlasted the client's timeout before the disk filled.)
   */
  private static ObjectNode big(int i) {
    return CrashStream.item(i);
  }

  private static JsonNode firstItem(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body()).get("items").get(0);
  }

  private static HttpResponse<String> post(ServeChild child, String input, ObjectNode json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(child.url() + "api/articles?input=" + input))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(ServeChild child, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(child.url() + path))
            .timeout(Duration.ofSeconds(120))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
        .as(String.join(" ", command))
        .isTrue();
  }
}
