package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts that arrive together share a commit (group commit), and each is answered only once the
 * commit that holds it is durable: another connection to the database, which sees only committed
 * transactions, finds every acknowledged article the moment its answer comes. A bad item among them
 * is refused on its own, naming it, and the others are stored.
 */
class GroupCommitDeskTest {
  private static final int POSTERS = 6;
  private static final int POSTS_EACH = 4;
  private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-04T09:00:00Z"));
  @TempDir Path dir;

  private static final List<String> TOWNS =
      List.of("Ardwick", "Kessel", "Halvik", "Skarn", "Lindmoor", "Oxbury");
  private static final List<String> EVENTS =
      List.of(
          "a water main burst under the high street",
          "the council voted to close the old library",
          "a lorry shed its load of timber on the ring road",
          "the ferry to the islands was cancelled for the week");

  /** A distinct short report per poster and post, so none is a copy of another. */
  private static RawDocument report(int poster, int post) {
    String town = TOWNS.get(poster);
    String event = EVENTS.get(post);
    return new RawDocument(
        "report-" + poster + "-" + post,
        ContentKind.TEXT_BODY,
        "In "
            + town
            + " on Monday "
            + event
            + ", officials said, and residents of "
            + town
            + " were told to expect delays until at least day "
            + (poster * 10 + post + 2)
            + " of the month.",
        new ItemMetadata(
            null, town + " Courier", town + ": " + event, DAY.plusDays(post), null, null, "en"));
  }

  @Test
  void everyConcurrentPostIsCommittedWhenItIsAnswered() throws Exception {
    DataDirectory data = new DataDirectory(dir);
    try (Desk desk = Desk.open(data, clock)) {
      ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
      try {
        List<Future<List<String>>> done = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
          int poster = p;
          Callable<List<String>> posting =
              () -> {
                List<String> seenAtAnswer = new ArrayList<>();
                try (Connection other = otherConnection(data)) {
                  for (int i = 0; i < POSTS_EACH; i++) {
                    IngestOutcome answer = desk.ingest(report(poster, i));
                    assertThat(answer.stored()).as("stored: %s", answer).isTrue();
                    if (committed(other, answer.article().value())) {
                      seenAtAnswer.add(answer.input());
                    }
                  }
                }
                return seenAtAnswer;
              };
          done.add(posters.submit(posting));
        }
        List<String> seen = new ArrayList<>();
        for (Future<List<String>> f : done) {
          seen.addAll(f.get());
        }
        assertThat(seen)
            .as("acknowledged articles another connection found at the moment of the answer")
            .hasSize(POSTERS * POSTS_EACH)
            .doesNotHaveDuplicates();
      } finally {
        posters.shutdown();
      }
      assertThat(desk.health().articles()).isEqualTo(POSTERS * POSTS_EACH);
    }
  }

  @Test
  void aBadItemAmongConcurrentPostsIsRefusedNamingItAndTheOthersAreStored() throws Exception {
    DataDirectory data = new DataDirectory(dir);
    try (Desk desk = Desk.open(data, clock)) {
      ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
      try {
        List<Future<List<IngestOutcome>>> done = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
          int poster = p;
          done.add(
              posters.submit(
                  () ->
                      poster == 2
                          ? desk.ingest(
                              "no-text-" + poster,
                              "{\"title\": \"A headline and nothing else\"}"
                                  .getBytes(StandardCharsets.UTF_8),
                              InputFormat.JSONL)
                          : List.of(desk.ingest(report(poster, 0)))));
        }
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Future<List<IngestOutcome>> f : done) {
          outcomes.addAll(f.get());
        }
        assertThat(outcomes).filteredOn(IngestOutcome::stored).hasSize(POSTERS - 1);
        assertThat(outcomes)
            .filteredOn(o -> !o.stored())
            .singleElement()
            .satisfies(
                refused -> {
                  assertThat(refused.input()).startsWith("no-text-2");
                  assertThat(refused.reason()).contains("neither \"text\" nor \"html\"");
                });
        try (Connection other = otherConnection(data)) {
          for (IngestOutcome o : outcomes) {
            if (o.stored()) {
              assertThat(committed(other, o.article().value())).as(o.input()).isTrue();
            }
          }
        }
      } finally {
        posters.shutdown();
      }
    }
  }

  /** A connection of its own: it sees what other connections have committed, nothing more. */
  private static Connection otherConnection(DataDirectory data) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + data.database().toAbsolutePath());
  }

  private static boolean committed(Connection other, String article) throws SQLException {
    try (PreparedStatement q =
        other.prepareStatement("SELECT count(*) FROM items WHERE article_id = ?")) {
      q.setString(1, article);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() && rs.getLong(1) == 1;
      }
    }
  }
}
