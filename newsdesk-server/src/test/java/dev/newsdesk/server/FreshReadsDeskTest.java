package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads served from memory (saved briefs held by the desk, the search index's reader) are never
 * older than what was acknowledged: a story page shows an article once its post is answered, and a
 * search finds it.
 */
class FreshReadsDeskTest {
  private static final LocalDate DAY = LocalDate.of(2025, 5, 12);
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-04T09:00:00Z"));
  @TempDir Path dir;

  private static RawDocument item(String input, String title, int day, String text) {
    return new RawDocument(
        input,
        ContentKind.TEXT_BODY,
        text,
        new ItemMetadata(null, "Lakeside Gazette", title, DAY.plusDays(day), null, null, "en"));
  }

  private static final RawDocument FIRST =
      item(
          "tram-1",
          "Tram derails on the Kessel bridge in Ardwick",
          0,
          "A tram derailed on the Kessel bridge in Ardwick on Monday evening, and the transit"
              + " authority said eleven passengers walked off unhurt before the line was closed.");
  private static final RawDocument SECOND =
      item(
          "tram-2",
          "Ardwick tram line stays shut after Kessel bridge derailment",
          1,
          "The Ardwick tram line stayed shut on Tuesday after Monday's derailment on the Kessel"
              + " bridge, the transit authority said, while engineers inspect a cracked rail.");
  private static final RawDocument THIRD =
      item(
          "tram-3",
          "Cracked rail blamed for Kessel bridge tram derailment",
          2,
          "Engineers blamed a cracked rail for the tram derailment on the Kessel bridge in Ardwick,"
              + " and the transit authority said the line would reopen on Thursday.");

  @Test
  void aStoryPageReadBeforeANewArticleShowsItOnceThePostIsAnswered() {
    try (Desk desk = Desk.open(new DataDirectory(dir), clock)) {
      StoryId tram = desk.ingest(FIRST).story();
      assertThat(desk.story(tram)).hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(1));
      assertThat(desk.savedStory(tram))
          .as("read twice: the second read is the brief held in memory")
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(1));

      assertThat(desk.ingest(SECOND).story()).isEqualTo(tram);
      assertThat(desk.story(tram))
          .hasValueSatisfying(
              s -> {
                assertThat(s.articles()).isEqualTo(2);
                assertThat(s.briefJson()).contains("tram-2");
              });
      assertThat(desk.savedStory(tram))
          .as("the new brief replaced the one held")
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(2));
    }
  }

  @Test
  void readersAskingForAChangedStoryAtOnceAllSeeItsNewArticle() throws Exception {
    try (Desk desk = Desk.open(new DataDirectory(dir), clock)) {
      StoryId tram = desk.ingest(FIRST).story();
      desk.story(tram);
      desk.ingest(SECOND);
      desk.ingest(THIRD);
      ExecutorService readers = Executors.newFixedThreadPool(8);
      try {
        List<Future<Optional<StorySummary>>> pages = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          pages.add(readers.submit(() -> desk.story(tram)));
        }
        for (Future<Optional<StorySummary>> page : pages) {
          assertThat(page.get()).hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(3));
        }
      } finally {
        readers.shutdown();
      }
    }
  }

  @Test
  void theItemsOfAPostedArrayAreAnsweredInTheirOrderAndAreOneStoryAsWhenPostedOneByOne() {
    try (Desk desk = Desk.open(new DataDirectory(dir), clock)) {
      List<InputFile> lines =
          List.of(
              line("tram-1", FIRST),
              new InputFile("broken", "{\"text\": ".getBytes(StandardCharsets.UTF_8)),
              line("tram-2", SECOND),
              line("tram-1", FIRST),
              line("tram-3", THIRD));
      List<IngestOutcome> outcomes = desk.ingest(lines, InputFormat.JSONL);
      assertThat(outcomes)
          .extracting(IngestOutcome::input)
          .containsExactly("tram-1", "broken#1", "tram-2", "tram-1", "tram-3");
      assertThat(outcomes)
          .extracting(IngestOutcome::stored)
          .containsExactly(true, false, true, false, true);
      assertThat(outcomes.get(3).reason()).contains("already read as tram-1");
      assertThat(List.of(outcomes.get(2).story(), outcomes.get(4).story()))
          .containsOnly(outcomes.get(0).story());
      assertThat(desk.story(outcomes.get(0).story()))
          .hasValueSatisfying(s -> assertThat(s.articles()).isEqualTo(3));
    }
  }

  private static InputFile line(String id, RawDocument item) {
    String json =
        "{\"id\": \""
            + id
            + "\", \"source\": \"Lakeside Gazette\", \"title\": \""
            + item.metadata().title()
            + "\", \"published\": \""
            + item.metadata().published()
            + "\", \"text\": \""
            + item.body()
            + "\"}";
    return new InputFile(id, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSearchFindsAnArticleAsSoonAsItsPostIsAnswered() {
    try (Desk desk = Desk.open(new DataDirectory(dir), clock)) {
      desk.ingest(FIRST);
      assertThat(desk.search("derailed", 10)).hasSize(1); // opens a reader before the next post
      assertThat(desk.search("cracked rail", 10)).isEmpty();

      IngestOutcome third = desk.ingest(THIRD);
      assertThat(desk.search("cracked rail", 10))
          .extracting(h -> h.article())
          .containsExactly(third.article());
    }
  }
}
