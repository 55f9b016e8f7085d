package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.analyze.AnalysisConfig;
import dev.newsdesk.analyze.AttributionExample;
import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.analyze.AttributionTrainer;
import dev.newsdesk.analyze.AttributionTrainingConfig;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk opened with a trained attribution model analyses with it, on every pipeline it makes, and
 * keys its analysis cache by the model: a restart with another model (or none) analyses the stored
 * articles again instead of placing them from analyses the model did not make. The model is trained
 * here on invented sentences whose cue, "pondered", is in no lexicon, so the rules never find it
 * and what is found shows which analysis ran.
 */
class AttributionModelDeskTest {
  private static final String[][] TRAINING = {
    {"bakery", "Mayor Paul Dunne", "the park needed more trees"},
    {"library", "Judge Rita Kahn", "the case would reach the high court soon"},
    {"museum", "Senator Ivo Brandt", "the tunnel would close in May"},
    {"clinic", "Doctor Ana Silva", "the ward would open in the spring"},
    {"school", "Professor Lena Ortiz", "the fees were too high"},
    {"harbour", "Captain Tomas Reyes", "the storm would pass by noon"},
    {"theatre", "Director Mia Holt", "the play would run for a month"},
    {"market", "Minister Omar Said", "prices of bread had doubled since March"},
    {"stadium", "Coach Ben Yates", "the team needed a new striker"},
    {"orchard", "Farmer Ruth Gale", "the harvest would be late this year"},
    {"garden", "Governor Kai Moss", "the budget would be cut again"},
    {"railway", "Chairman Leo Frey", "the line would reopen in June"},
  };

  private static final String ARTICLE =
      "{\"id\": \"ferry-1\", \"source\": \"Esk Valley News\", \"title\": \"Esk ferry to stop for"
          + " winter\", \"published\": \"2026-04-06T08:00:00Z\", \"text\": \"A new ferry pier"
          + " opened near the square. Mayor Nora Quill pondered that the ferry would stop"
          + " for the winter. Crossings have been halved since January.\"}\n";

  /** The model, loaded once: every desk made with these settings shares it. */
  private static AnalysisConfig tagged;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-04-10T18:00:00Z"));
  @TempDir Path dir;

  @BeforeAll
  static void trainModel(@TempDir Path models) throws IOException {
    List<AttributionExample> examples = new ArrayList<>();
    for (String[] t : TRAINING) {
      String text =
          "A new " + t[0] + " opened near the square. " + t[1] + " pondered that " + t[2] + ".";
      examples.add(
          new AttributionExample(
              text,
              List.of(spanOf(text, t[1])),
              List.of(spanOf(text, "pondered")),
              List.of(spanOf(text, t[2]))));
    }
    Path model = models.resolve("attribution.model");
    AttributionTrainer.train(examples, new AttributionTrainingConfig(10, 0.1, 0, 1)).save(model);
    tagged = AnalysisConfig.withAttributionModel(model);
  }

  @Test
  void aDeskWithTheModelFindsWhatOnlyTheModelKnows() {
    try (Desk plain = Desk.open(new DataDirectory(dir.resolve("plain")), clock);
        Desk withModel = Desk.open(new DataDirectory(dir.resolve("tagged")), clock, tagged)) {
      assertThat(cues(plain, ingestArticle(plain))).doesNotContain("pondered");
      ArticleId article = ingestArticle(withModel);
      assertThat(cues(withModel, article)).containsExactly("pondered");
      assertThat(sources(withModel, article)).containsExactly("Mayor Nora Quill");
    }
  }

  @Test
  void aRestartWithAnotherModelAnalysesTheStoredArticlesAgain() {
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    ArticleId article;
    try (Desk desk = Desk.open(data, clock)) {
      article = ingestArticle(desk);
      assertThat(cues(desk, article)).doesNotContain("pondered");
    }
    try (Desk desk = Desk.open(data, clock, tagged)) {
      Desk.ReplayReport report = desk.replayReport();
      assertThat(report.analysed()).as(report.cache()).isOne();
      assertThat(report.cache()).contains("another build");
      assertThat(cues(desk, article)).containsExactly("pondered");
    }
    try (Desk desk = Desk.open(data, clock, tagged)) {
      Desk.ReplayReport report = desk.replayReport();
      assertThat(report.analysed()).as("the same model reads its own cache").isZero();
      assertThat(cues(desk, article)).containsExactly("pondered");
    }
    try (Desk desk = Desk.open(data, clock)) {
      assertThat(desk.replayReport().analysed()).as("back to the rules").isOne();
      assertThat(cues(desk, article)).doesNotContain("pondered");
    }
  }

  @Test
  void aModelThatCannotBeReadRefusesTheOpeningAndLosesNothingStored() {
    DataDirectory data = new DataDirectory(dir.resolve("kept"));
    ArticleId article;
    try (Desk desk = Desk.open(data, clock)) {
      article = ingestArticle(desk);
    }
    Path absent = dir.resolve("absent.model");

    assertThatThrownBy(() -> Desk.open(data, clock, AnalysisConfig.withAttributionModel(absent)))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(absent.toString());

    try (Desk desk = Desk.open(data, clock)) {
      assertThat(desk.replayReport().items()).isOne();
      assertThat(desk.article(article)).isPresent();
    }
  }

  private static ArticleId ingestArticle(Desk desk) {
    List<IngestOutcome> outcomes =
        desk.ingest("ferry.jsonl", ARTICLE.getBytes(StandardCharsets.UTF_8), InputFormat.JSONL);
    assertThat(outcomes).hasSize(1).allMatch(IngestOutcome::stored);
    return outcomes.get(0).article();
  }

  private static List<String> cues(Desk desk, ArticleId article) {
    return attributions(desk, article).stream().map(Attribution::cueText).toList();
  }

  private static List<String> sources(Desk desk, ArticleId article) {
    return attributions(desk, article).stream().map(Attribution::sourceText).toList();
  }

  private static List<Attribution> attributions(Desk desk, ArticleId article) {
    return desk.article(article).orElseThrow().member().article().attributions();
  }

  private static Span spanOf(String text, String part) {
    int start = text.indexOf(part);
    return new Span(start, start + part.length());
  }
}
