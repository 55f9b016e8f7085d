package dev.newsdesk.bench;

import dev.newsdesk.eval.ArticleExtractionBenchmark;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second of main-text extraction over the 181 pages of the article-extraction benchmark,
 * held in memory, one thread. Each invocation extracts every page once; the score is per page.
 *
 * <ul>
 *   <li>{@code newsdesk}: {@link HtmlArticleExtractor#extract} (parse, metadata, main text).
 *   <li>{@code readability4j}: {@code new Readability4J(url, html).parse().getTextContent()}, the
 *       baseline, on the same jsoup (1.24.1).
 *   <li>{@code newsdeskStage}: the whole extraction stage as the pipeline runs it on HTML ({@link
 *       ArticleExtractor}: the above, then text-level boilerplate removal).
 * </ul>
 *
 * Both are given the base URL the benchmark's own harness gives, {@value
 * ArticleExtractionBenchmark#BASE_URL}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

  /** The benchmark's folder (holding ground-truth.json and html/), relative to the working dir. */
  @Param(BenchmarkPages.DEFAULT_DIR)
  public String dataset;

  private String[] pages;
  private HtmlArticleExtractor ours;
  private ArticleExtractor stage;
  private ItemMetadata pageMetadata;

  @Setup
  public void load() throws IOException {
    pages =
        BenchmarkPages.load(dataset).stream()
            .map(ArticleExtractionBenchmark.Case::html)
            .toArray(String[]::new);
    ours = new HtmlArticleExtractor(HtmlExtractionConfig.defaults());
    stage = new ArticleExtractor(HtmlExtractionConfig.defaults());
    pageMetadata =
        new ItemMetadata(ArticleExtractionBenchmark.BASE_URL, null, null, null, null, null, null);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkPages.PAGES)
  public void newsdesk(Blackhole out) {
    for (String html : pages) {
      out.consume(ours.extract(html, ArticleExtractionBenchmark.BASE_URL).paragraphs());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkPages.PAGES)
  public void readability4j(Blackhole out) {
    for (String html : pages) {
      out.consume(
          new Readability4J(ArticleExtractionBenchmark.BASE_URL, html).parse().getTextContent());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkPages.PAGES)
  public void newsdeskStage(Blackhole out) {
    for (int i = 0; i < pages.length; i++) {
      try {
        out.consume(
            stage.extract(new RawDocument("page-" + i, ContentKind.HTML, pages[i], pageMetadata)));
      } catch (RejectedItemException e) {
        out.consume(e);
      }
    }
  }
}
