package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleExtractionBenchmarkTest {
  private static final Path BENCHMARK = Fixtures.path("extraction-benchmark");

  @Test
  void casesCarryTheGunzippedPageTheExpectedBodyAndTheUrlInIdOrder() throws IOException {
    List<ArticleExtractionBenchmark.Case> cases =
        ArticleExtractionBenchmark.cases(BENCHMARK).toList();

    assertThat(cases)
        .extracting(ArticleExtractionBenchmark.Case::id)
        .containsExactly("page-one", "page-two");
    ArticleExtractionBenchmark.Case two = cases.get(1);
    assertThat(two.html()).contains("<p>Olá, mundo! Uma frase curta em português.</p>");
    assertThat(two.expectedBody()).isEqualTo("Olá, mundo! Uma frase curta em português.");
    assertThat(two.url()).isEqualTo("https://example.com/pt/ola");
    assertThat(cases.get(0).expectedBody()).contains("Monday.\n\nIt takes");
  }

  @Test
  void plainPredictionsReadWithNullBodiesAsEmpty() throws IOException {
    Map<String, String> predicted =
        ArticleExtractionBenchmark.readPredictions(BENCHMARK.resolve("output/plain.json"));

    assertThat(predicted).containsEntry("page-two", "").containsKey("page-one");
  }

  @Test
  void wrappedPredictionsOfThePerfectExtractorScoreOne() throws IOException {
    Map<String, String> predicted =
        ArticleExtractionBenchmark.readPredictions(BENCHMARK.resolve("output/wrapped.json"));

    ExtractionScore score =
        ExtractionScore.of(predicted, ArticleExtractionBenchmark.expectedBodies(BENCHMARK));

    assertThat(score).isEqualTo(new ExtractionScore(1, 1, 1, 1, 2));
  }

  @Test
  void plainPredictionsScoreAsComputedByHand() throws IOException {
    // page-one: 2 extra shingles of 11 predicted, all 9 true found; page-two: nothing predicted.
    ExtractionScore score =
        ExtractionScore.of(
            ArticleExtractionBenchmark.readPredictions(BENCHMARK.resolve("output/plain.json")),
            ArticleExtractionBenchmark.expectedBodies(BENCHMARK));

    assertThat(score.precision()).isCloseTo(9.0 / 11, within(1e-12));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(score.f1()).isCloseTo(18.0 / 29, within(1e-12));
    assertThat(score.accuracy()).isZero();
  }

  @Test
  void aGroundTruthEntryWithoutItsPageIsReportedWithTheId(@TempDir Path dir) throws IOException {
    write(dir.resolve("ground-truth.json"), "{\"abc\": {\"articleBody\": \"x\", \"url\": \"u\"}}");
    Files.createDirectory(dir.resolve("html"));

    assertThatThrownBy(() -> ArticleExtractionBenchmark.cases(dir))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("ground-truth.json")
        .hasMessageContaining("abc.html.gz");
  }

  @Test
  void aGroundTruthEntryWithoutBodyIsReportedWithFileAndField(@TempDir Path dir)
      throws IOException {
    write(dir.resolve("ground-truth.json"), "{\"abc\": {\"url\": \"u\"}}");

    assertThatThrownBy(() -> ArticleExtractionBenchmark.expectedBodies(dir))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("ground-truth.json")
        .hasMessageContaining("abc")
        .hasMessageContaining("articleBody");
  }

  @Test
  void brokenJsonIsReportedWithTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("predictions.json");
    write(file, "{\"abc\": ");

    assertThatThrownBy(() -> ArticleExtractionBenchmark.readPredictions(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aPageThatIsNotGzipIsReportedWithItsFile(@TempDir Path dir) throws IOException {
    write(dir.resolve("ground-truth.json"), "{\"abc\": {\"articleBody\": \"x\", \"url\": \"u\"}}");
    Files.createDirectory(dir.resolve("html"));
    write(dir.resolve("html/abc.html.gz"), "<html>plain</html>");

    assertThatThrownBy(() -> ArticleExtractionBenchmark.cases(dir).toList())
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("abc.html.gz")
        .hasMessageContaining("gzip");
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
