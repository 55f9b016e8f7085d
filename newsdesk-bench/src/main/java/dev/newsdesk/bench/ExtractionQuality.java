package dev.newsdesk.bench;

import dev.newsdesk.eval.ArticleExtractionBenchmark;
import dev.newsdesk.eval.ExtractionScore;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Main-text quality of the extractors {@link ExtractionBenchmark} times, on the same pages, scored
 * with the benchmark's own metric ({@link ExtractionScore}: macro shingle precision, recall, F1).
 *
 * <p>Run: {@code java -cp newsdesk-bench/target/newsdesk-bench.jar
 * dev.newsdesk.bench.ExtractionQuality [DATASET_DIR]}. Deterministic; prints one line per
 * extractor.
 */
public final class ExtractionQuality {
  private ExtractionQuality() {}

  public static void main(String[] args) throws IOException {
    List<ArticleExtractionBenchmark.Case> cases =
        BenchmarkPages.load(args.length > 0 ? args[0] : BenchmarkPages.DEFAULT_DIR);
    Map<String, String> truth = new LinkedHashMap<>();
    cases.forEach(c -> truth.put(c.id(), c.expectedBody()));

    HtmlArticleExtractor ours = new HtmlArticleExtractor(HtmlExtractionConfig.defaults());
    ArticleExtractor stage = new ArticleExtractor(HtmlExtractionConfig.defaults());
    ItemMetadata meta =
        new ItemMetadata(ArticleExtractionBenchmark.BASE_URL, null, null, null, null, null, null);

    report(
        "newsdesk (HtmlArticleExtractor)",
        cases,
        truth,
        c ->
            String.join(
                "\n\n", ours.extract(c.html(), ArticleExtractionBenchmark.BASE_URL).paragraphs()));
    report(
        "newsdesk stage (ArticleExtractor)",
        cases,
        truth,
        c -> {
          try {
            return stage.extract(new RawDocument(c.id(), ContentKind.HTML, c.html(), meta)).text();
          } catch (RejectedItemException e) {
            return "";
          }
        });
    report(
        "Readability4J 1.0.8",
        cases,
        truth,
        c ->
            new Readability4J(ArticleExtractionBenchmark.BASE_URL, c.html())
                .parse()
                .getTextContent());
  }

  private static void report(
      String name,
      List<ArticleExtractionBenchmark.Case> cases,
      Map<String, String> truth,
      Function<ArticleExtractionBenchmark.Case, String> extractor) {
    Map<String, String> predicted = new LinkedHashMap<>();
    for (ArticleExtractionBenchmark.Case c : cases) {
      String text = extractor.apply(c);
      predicted.put(c.id(), text == null ? "" : text);
    }
    ExtractionScore score = ExtractionScore.of(predicted, truth);
    System.out.printf(
        Locale.ROOT,
        "%-34s F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  (%d pages)%n",
        name,
        score.f1(),
        score.precision(),
        score.recall(),
        score.accuracy(),
        score.documents());
  }
}
