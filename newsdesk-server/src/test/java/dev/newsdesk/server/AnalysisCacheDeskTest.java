package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up replay places the stored articles from their cached analyses; where the cache is
 * missing, from another build or unreadable, it analyses them again. Either way, articles posted
 * after the restart go exactly where they would have gone without the restart.
 */
class AnalysisCacheDeskTest {
  private static final int BEFORE = 8;
  private List<IngestOutcome> before = List.of();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-04-10T18:00:00Z"));
  @TempDir Path dir;

  @Test
  void articlesPostedAfterARestartGoWhereTheyWouldWithAndWithoutTheCache() {
    List<IngestOutcome> expected = withoutRestart();
    DataDirectory cached = storedBefore("cached");
    DataDirectory uncached = storedBefore("uncached");
    List<ArticleId> earlier = before.stream().map(IngestOutcome::article).toList();
    List<StoryId> earlierStories = before.stream().map(IngestOutcome::story).toList();
    assertThat(expected).allMatch(IngestOutcome::stored);
    assertThat(expected)
        .as("the later posts copy and join articles stored before the restart")
        .anyMatch(o -> earlier.contains(o.duplicateOf()))
        .anyMatch(o -> o.duplicateOf() == null && earlierStories.contains(o.story()));
    try (SqliteStore store = SqliteStore.open(uncached.database())) {
      store.resetAnalyses("another build");
    }

    try (Desk desk = Desk.open(cached, clock)) {
      Desk.ReplayReport report = desk.replayReport();
      assertThat(report.items()).isEqualTo(BEFORE);
      assertThat(report.analysed()).as(report.cache()).isZero();
      assertThat(desk.ingest("after.jsonl", fixture("after-restart.jsonl"), InputFormat.JSONL))
          .isEqualTo(expected);
    }
    try (Desk desk = Desk.open(uncached, clock)) {
      Desk.ReplayReport report = desk.replayReport();
      assertThat(report.analysed()).isEqualTo(BEFORE);
      assertThat(report.cache()).contains("another build");
      assertThat(desk.ingest("after.jsonl", fixture("after-restart.jsonl"), InputFormat.JSONL))
          .isEqualTo(expected);
    }
    try (Desk desk = Desk.open(uncached, clock)) {
      assertThat(desk.replayReport().analysed())
          .as("the replay without a cache cached every analysis for the next start")
          .isZero();
      assertThat(desk.replayReport().moved()).isZero();
    }
  }

  @Test
  void anUnreadableCachedAnalysisIsAnalysedAgainAndPlacesTheSame() throws SQLException {
    List<IngestOutcome> expected = withoutRestart();
    DataDirectory data = storedBefore("corrupt");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.database());
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("UPDATE analyses SET data = x'01ff' WHERE seq = 3")).isOne();
    }
    try (Desk desk = Desk.open(data, clock)) {
      Desk.ReplayReport report = desk.replayReport();
      assertThat(report.analysed()).isOne();
      assertThat(report.cache()).contains("1 cached analyses unreadable");
      assertThat(desk.ingest("after.jsonl", fixture("after-restart.jsonl"), InputFormat.JSONL))
          .isEqualTo(expected);
    }
  }

  /** Where the later articles go when both files are posted to one desk that never restarts. */
  private List<IngestOutcome> withoutRestart() {
    try (Desk desk = Desk.open(new DataDirectory(dir.resolve("straight")), clock)) {
      desk.ingest("before.jsonl", fixture("before-restart.jsonl"), InputFormat.JSONL);
      return desk.ingest("after.jsonl", fixture("after-restart.jsonl"), InputFormat.JSONL);
    }
  }

  private DataDirectory storedBefore(String name) {
    DataDirectory data = new DataDirectory(dir.resolve(name));
    try (Desk desk = Desk.open(data, clock)) {
      List<IngestOutcome> stored =
          desk.ingest("before.jsonl", fixture("before-restart.jsonl"), InputFormat.JSONL);
      assertThat(stored).hasSize(BEFORE).allMatch(IngestOutcome::stored);
      before = stored;
    }
    return data;
  }

  private static byte[] fixture(String name) {
    try (InputStream in = AnalysisCacheDeskTest.class.getResourceAsStream("/replay/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
