package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story that goes quiet leaves the desk's memory (the pipeline keeps only active stories), and is
 * still there for readers: its saved brief, its articles, search, and the "already read" check.
 */
class RetiredStoryDeskTest {
  private static final LocalDate JANUARY = LocalDate.of(2024, 1, 8);
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-04T09:00:00Z"));
  @TempDir Path dir;

  private static RawDocument item(String input, String title, LocalDate day, String text) {
    return new RawDocument(
        input,
        ContentKind.TEXT_BODY,
        text,
        new ItemMetadata(null, "Harbour Times", title, day, null, null, "en"));
  }

  private static final RawDocument FIRST =
      item(
          "quarry-1",
          "Quarry blast cracks chapel windows in Westholm",
          JANUARY,
          "A blast at the Westholm granite quarry cracked the windows of the old chapel on Monday."
              + " The quarry manager said the charge had been twice the usual size by mistake.");
  private static final RawDocument SECOND =
      item(
          "quarry-2",
          "Westholm quarry halts blasting after chapel damage",
          JANUARY.plusDays(1),
          "The Westholm granite quarry has stopped blasting while inspectors look at the chapel"
              + " windows cracked by Monday's oversized charge, the quarry manager said.");
  private static final RawDocument LATER =
      item(
          "regatta",
          "Rowing regatta returns to the estuary",
          JANUARY.plusDays(75),
          "The spring rowing regatta returns to the estuary this weekend after two years away,"
              + " with forty crews entered from clubs along the coast.");

  @Test
  void aRetiredStoryKeepsItsBriefItsArticlesAndItsSearchAndIsNotReadTwice() {
    DataDirectory data = new DataDirectory(dir);
    IngestOutcome first;
    try (Desk desk = Desk.open(data, clock)) {
      first = desk.ingest(FIRST);
      IngestOutcome second = desk.ingest(SECOND);
      StoryId quarry = first.story();
      assertThat(second.story()).as("two reports of one blast").isEqualTo(quarry);
      desk.ingest(LATER); // 75 days on: the quarry story has been quiet for longer than 30

      assertRetiredStoryIsServed(desk, first);
      assertThat(desk.health().articles()).isEqualTo(3);
      assertThat(desk.health().stories()).isEqualTo(2);
    }
    try (Desk reopened = Desk.open(data, clock)) {
      assertThat(reopened.replayReport().rejected()).isEmpty();
      assertRetiredStoryIsServed(reopened, first);
      reopened.reindex();
      assertRetiredStoryIsServed(reopened, first);
    }
  }

  private static void assertRetiredStoryIsServed(Desk desk, IngestOutcome first) {
    StoryId quarry = first.story();
    assertThat(desk.story(quarry))
        .as("its last brief, saved as it retired if not before")
        .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(2));
    assertThat(desk.article(first.article()))
        .hasValueSatisfying(
            a -> {
              assertThat(a.member().article().text()).contains("cracked the windows");
              assertThat(a.placement().story()).isEqualTo(quarry);
            });
    assertThat(desk.search("chapel", 10)).extracting(h -> h.story()).contains(quarry);
    IngestOutcome again = desk.ingest(FIRST);
    assertThat(again.reason()).contains("already read as quarry-1");
  }
}
