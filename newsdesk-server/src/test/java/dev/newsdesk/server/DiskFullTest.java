package dev.newsdesk.server;

import static dev.newsdesk.server.ServiceFixtures.fixture;
import static dev.newsdesk.server.ServiceFixtures.get;
import static dev.newsdesk.server.ServiceFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.embedded.FullDiskDirectory;
import dev.newsdesk.embedded.LuceneSearchIndex;
import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.embedded.StoreAudit;
import dev.newsdesk.model.InputFormat;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while the service writes, injected at the storage boundary: the database at its size
 * quota (SQLite's own {@code SQLITE_FULL}, as for {@code ENOSPC}) and, separately, a Lucene
 * directory whose writes fail with {@code ENOSPC}.
 */
class DiskFullTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-04T09:00:00Z"));
  @TempDir Path dir;

  @Test
  void aFullDatabaseAnswers507NamingTheReasonKeepsWhatWasStoredAndTakesTheRetryWhenThereIsRoom()
      throws Exception {
    DataDirectory data = new DataDirectory(dir).create();
    SqliteStore store = SqliteStore.open(data.database());
    Desk desk = Desk.open(store, LuceneSearchIndex.open(data.index()), clock);
    NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
    String base = "http://127.0.0.1:" + server.port();
    try {
      for (String name : List.of("ferry-harbour-times.json", "budget-vote.json")) {
        assertThat(postJson(base, fixture(name)).statusCode()).isEqualTo(201);
      }
      String before = get(base + "/api/stories").body();
      store.limitSize(0); // the disk is full: the database cannot grow by one page

      HttpResponse<String> full = postJson(base, longReport());
      assertThat(full.statusCode()).as(full.body()).isEqualTo(507);
      JsonNode problem = JSON.readTree(full.body());
      assertThat(problem.get("error").asText())
          .startsWith("storage full: cannot store https://valley-post.example/harbour-works")
          .contains("database or disk is full");
      HttpResponse<String> again = postJson(base, longReport());
      assertThat(again.statusCode()).isEqualTo(507);
      assertThat(again.body()).contains("storage full: not storing").contains("until");

      assertThat(get(base + "/api/stories").body()).as("reads go on").isEqualTo(before);
      assertThat(get(base + "/api/search?q=ferry").statusCode()).isEqualTo(200);
      assertThat(get(base + "/health").statusCode()).isEqualTo(200);

      store.limitSize(Long.MAX_VALUE); // space returns
      clock.advance(Duration.ofSeconds(10));
      HttpResponse<String> resumed = postJson(base, longReport());
      assertThat(resumed.statusCode())
          .as("the refused item was taken back out of the pipeline, so it is read anew")
          .isEqualTo(201);
    } finally {
      server.close();
      desk.close();
    }
    StoreAudit.Report audit = StoreAudit.check(data, true);
    assertThat(audit.sound()).as(audit.toString()).isTrue();
    assertThat(audit.indexCheck()).isEqualTo("clean");
    assertThat(audit.inputs()).hasSize(3).doesNotHaveDuplicates();
    Desk reopened = Desk.open(data, clock);
    try {
      assertThat(reopened.replayReport().moved()).isZero();
      assertThat(reopened.replayReport().rejected()).isEmpty();
    } finally {
      reopened.close();
    }
  }

  @Test
  void articlesStoredWhileTheIndexCannotBeWrittenAreAcknowledgedAndIndexedWhenThereIsRoom()
      throws Exception {
    DataDirectory data = new DataDirectory(dir).create();
    FullDiskDirectory disk = new FullDiskDirectory(FSDirectory.open(data.index()));
    Desk desk = Desk.open(SqliteStore.open(data.database()), LuceneSearchIndex.open(disk), clock);
    try {
      assertThat(ingest(desk, "ferry-harbour-times.json").stored()).isTrue();
      waitFor("the first article is committed to the index", () -> indexed(desk) == 1);
      disk.full(true);
      assertThat(ingest(desk, "budget-vote.json").stored())
          .as("stored durably: acknowledged though the index cannot take it")
          .isTrue();
      assertThat(desk.search("ferry", 5)).as("search answers from the last commit").hasSize(1);

      disk.full(false);
      clock.advance(Duration.ofSeconds(10));
      waitFor("the index caught up from the store", () -> indexed(desk) == 2);
      assertThat(desk.search("library budget", 5)).hasSize(1);

      disk.full(true);
      assertThat(ingest(desk, "ferry-valley-post.json").stored()).isTrue();
    } finally {
      desk.close(); // the index is behind: closed without committing past the lost article
    }
    StoreAudit.Report closed = StoreAudit.check(data, true);
    assertThat(closed.sound()).as(closed.toString()).isTrue();
    assertThat(closed.indexedThrough()).isLessThan(closed.lastSequence());

    Desk reopened = Desk.open(data, clock); // a working disk again: caught up on start
    reopened.close();
    StoreAudit.Report restarted = StoreAudit.check(data, true);
    assertThat(restarted.sound()).as(restarted.toString()).isTrue();
    assertThat(restarted.indexedThrough()).isEqualTo(restarted.lastSequence());
    assertThat(restarted.indexed()).isEqualTo(3);
  }

  private static long indexed(Desk desk) {
    return desk.health().indexedThrough();
  }

  private static IngestOutcome ingest(Desk desk, String fixture) {
    List<IngestOutcome> outcomes = desk.ingest(fixture, fixture(fixture), InputFormat.JSONL);
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  /** A hang guard, not a timing assertion: the background round runs about once a second. */
  private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  private static HttpResponse<String> postJson(String base, byte[] body) {
    return post(base + "/api/articles", "application/json", body, null);
  }

  /** A report long enough to need new database pages (about 9 KB of text). */
  private static byte[] longReport() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      text.append("Harbour works crew ")
          .append(i)
          .append(" replaced quay section ")
          .append(i * 3)
          .append(" on Tuesday. ");
      if (i % 10 == 0) {
        text.append("\n\n");
      }
    }
    return JSON.writeValueAsString(
            JSON.createObjectNode()
                .put("url", "https://valley-post.example/harbour-works")
                .put("source", "Valley Post")
                .put("title", "Harbour works go on through the week")
                .put("text", text.toString()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
