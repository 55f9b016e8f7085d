package dev.newsdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.brief.HtmlReportRenderer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Each finding of the fuzzers, as a small input named for what it proves, with the behaviour the
 * fix gave it. The raw inputs Jazzer saved are kept too, renamed, under {@code
 * <Class>Inputs/<method>/}, where every {@code mvn verify} replays them through the fuzz target.
 */
class FuzzFindingsTest {
  @Test
  void aShortWindows1252LineWithOneAccentIsReadAsTextNotRejectedAsBinary() {
    ReadBatch batch = ingest("windows-1252-short-line-with-one-accent.txt");

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.items())
        .singleElement()
        .extracting(RawDocument::body)
        .asString()
        .contains("Café on the quay reopens");
  }

  @Test
  void windows1252LettersThatHappenToPairIntoUtf8AreStillReadAsWindows1252() {
    ReadBatch batch = ingest("windows-1252-letters-that-pair-into-utf-8.txt");

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.items())
        .singleElement()
        .extracting(RawDocument::body)
        .asString()
        .contains("Majú Ýº and Ýº");
  }

  @Test
  void itemsPublishedAtTheEndsOfTheCalendarGoThroughThePipelineWithTheirRelativeDatesUnresolved()
      throws Exception {
    ReadBatch batch = ingest("jsonl-published-at-the-ends-of-the-calendar.jsonl");
    Pipeline pipeline = Pipeline.create();
    Analyzer analyzer = new Analyzer();
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());

    for (RawDocument doc : batch.items()) {
      Article article = extractor.extract(doc);
      assertThat(analyzer.analyze(article).dates()).allMatch(d -> !d.relative());
      pipeline.accept(doc);
    }
    StringWriter html = new StringWriter();
    new HtmlReportRenderer()
        .render(new Report(Instant.EPOCH, pipeline.briefs(), batch.rejected()), html);

    assertThat(batch.items()).hasSize(2);
    assertThat(html.toString()).contains("Harbour");
  }

  static ReadBatch ingest(String finding) {
    return new Ingest().read(new InputFile(finding, bytes(finding)), InputFormat.AUTO);
  }

  static byte[] bytes(String finding) {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("findings/" + finding)) {
      if (in == null) {
        throw new IllegalStateException("no fixture findings/" + finding);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
