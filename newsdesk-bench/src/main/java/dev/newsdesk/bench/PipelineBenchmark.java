package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Items per second through the per-article stages, one thread, over a generated stream of {@value
 * #ITEMS} items ({@link SyntheticStream}, seed 42) of one {@link SyntheticStream.Shape}.
 *
 * <ul>
 *   <li>{@code pipeline}: a fresh {@link Pipeline} per invocation takes the whole stream through
 *       {@code accept} (extract, analyse, dedup, story assignment, rewrite check), so the growth of
 *       its state over the stream is part of the cost.
 *   <li>{@code extractAndAnalyze}: the same items through extraction and {@link Analyzer#analyze}
 *       alone, the baseline: the gap to {@code pipeline} is what dedup and clustering cost.
 * </ul>
 *
 * Rejected items (a snippet that was only boilerplate) are counted as processed in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PipelineBenchmark {
  static final int ITEMS = 2_000;
  static final long SEED = 42;

  @Param({"SNIPPET", "ARTICLE"})
  public String shape;

  /** The example corpus folder, relative to the working directory. */
  @Param(CorpusSentences.DEFAULT_DIR)
  public String corpus;

  private List<RawDocument> items;

  @Setup
  public void generate() throws IOException {
    items =
        SyntheticStream.generate(
            CorpusSentences.read(corpus),
            SyntheticStream.Shape.valueOf(shape),
            ITEMS,
            new SplittableRandom(SEED));
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public void pipeline(Blackhole out) {
    Pipeline pipeline = Pipeline.create();
    for (RawDocument item : items) {
      try {
        out.consume(pipeline.accept(item));
      } catch (RejectedItemException e) {
        out.consume(e);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public void extractAndAnalyze(Blackhole out) {
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    for (RawDocument item : items) {
      try {
        out.consume(analyzer.analyze(extractor.extract(item)));
      } catch (RejectedItemException e) {
        out.consume(e);
      }
    }
  }
}
