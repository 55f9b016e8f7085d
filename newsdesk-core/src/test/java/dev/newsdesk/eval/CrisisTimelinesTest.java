package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisTimelinesTest {
  private static final Path TIMELINES = Fixtures.path("timelines");

  @Test
  void everyTxtFileIsATimelineNamedForItsTopic() throws IOException {
    assertThat(CrisisTimelines.read(TIMELINES))
        .extracting(CrisisTimelines.Timeline::topic)
        .containsExactly("egypt", "libya");
  }

  @Test
  void blocksBecomeDatedEntriesWithTheirSentencesTrimmed() throws IOException {
    CrisisTimelines.Timeline egypt = CrisisTimelines.readFile(TIMELINES.resolve("egypt.txt"));

    assertThat(egypt.entries())
        .containsExactly(
            new CrisisTimelines.Entry(
                LocalDate.of(2011, 1, 25), List.of("Protesters gather in Tahrir Square .")),
            new CrisisTimelines.Entry(
                LocalDate.of(2011, 1, 28),
                List.of("The ruling party headquarters burns .", "The army is deployed .")),
            new CrisisTimelines.Entry(
                LocalDate.of(2011, 1, 25), List.of("A second block for the same date .")));
  }

  @Test
  void datesAreDistinctAndInCalendarOrder() throws IOException {
    assertThat(CrisisTimelines.readFile(TIMELINES.resolve("egypt.txt")).dates())
        .containsExactly(LocalDate.of(2011, 1, 25), LocalDate.of(2011, 1, 28));
  }

  @Test
  void timelineDatesFeedTheDateScore() throws IOException {
    CrisisTimelines.Timeline egypt = CrisisTimelines.readFile(TIMELINES.resolve("egypt.txt"));

    assertThat(DateScore.of(List.of(LocalDate.of(2011, 1, 25)), egypt.dates()).recall())
        .isEqualTo(0.5);
  }

  @Test
  void aBlockThatDoesNotStartWithADateIsReportedWithFileAndLine(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(
        file, "2011-01-25\nFine .\n-----\nJan 26\nNot fine .\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CrisisTimelines.readFile(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":4: ")
        .hasMessageContaining("Jan 26");
  }

  @Test
  void aDateWithoutSentencesIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "2011-01-25\n-----\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CrisisTimelines.readFile(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":1: ")
        .hasMessageContaining("no sentence");
  }
}
