package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.SqliteStore;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StorySummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved briefs held in memory: never older than the store, and bounded. */
class SavedStoriesTest {
  @TempDir Path dir;

  private static StorySummary summary(String id, int articles, int jsonChars) {
    return new StorySummary(
        new StoryId(id),
        "Headline of " + id,
        "Lead of " + id,
        articles,
        1,
        Instant.parse("2026-03-04T09:00:00Z"),
        null,
        List.of("Lakeside Gazette"),
        List.of("Ardwick"),
        "{\"id\":\"" + id + "\",\"pad\":\"" + "x".repeat(jsonChars) + "\"}");
  }

  @Test
  void aBriefMadeFromAnOlderStateDoesNotReplaceANewerOne() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("db.sqlite"))) {
      SavedStories saved = new SavedStories(store, 1_000_000);
      saved.save(List.of(new SavedStories.Versioned(summary("s1", 3, 10), 7)));
      assertThat(saved.save(List.of(new SavedStories.Versioned(summary("s1", 2, 10), 5))))
          .as("the older brief is left out")
          .isEmpty();
      assertThat(saved.find(new StoryId("s1")))
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(3));
      assertThat(store.find(new StoryId("s1")))
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(3));
    }
  }

  @Test
  void whatIsHeldStaysWithinItsBudgetAndWhatWasDroppedIsReadFromTheStore() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("db.sqlite"))) {
      SavedStories saved = new SavedStories(store, 2_500);
      for (int i = 0; i < 10; i++) {
        saved.save(List.of(new SavedStories.Versioned(summary("s" + i, i + 1, 1_000), i)));
      }
      assertThat(saved.held()).as("two briefs of about 1,000 characters fit").isEqualTo(2);
      assertThat(saved.find(new StoryId("s0")))
          .as("dropped from memory, still in the store")
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(1));
      assertThat(saved.held()).isEqualTo(2);
    }
  }

  @Test
  void clearingForgetsTheHeldBriefsToo() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("db.sqlite"))) {
      SavedStories saved = new SavedStories(store, 1_000_000);
      saved.save(List.of(new SavedStories.Versioned(summary("s1", 3, 10), 7)));
      saved.clear();
      assertThat(saved.find(new StoryId("s1"))).isEmpty();
      assertThat(saved.save(List.of(new SavedStories.Versioned(summary("s1", 1, 10), 1))))
          .as("after a clear, versions start again")
          .hasSize(1);
    }
  }
}
