package dev.newsdesk.bench;

import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.DuplicateVerdict;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.dedup.RewriteDetector;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.util.ArrayList;
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
 * The stream-clustering stages one at a time, microseconds per item, one thread, over {@value
 * #ITEMS} items of {@link ScaleBench}'s stream (seed 42, its stand-in analysis and its dates), each
 * invocation through fresh stages, so the growth of their state is part of the cost:
 *
 * <ul>
 *   <li>{@code assign}: {@link TfIdfStoryAssigner#assign} alone, with the copy verdicts of a dedup
 *       pass made once at setup (the candidate lookup, member ranking and centroid cosines);
 *   <li>{@code dedup}: {@link MinHashDeduplicator#observe} alone;
 *   <li>{@code rewrites}: {@link RewriteDetector#check} of the originals, in the stories of an
 *       assignment pass made once at setup.
 * </ul>
 *
 * <pre>
 * java -jar newsdesk-bench/target/newsdesk-bench.jar StreamClusteringBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>{@link ScaleBench} measures the three together, at sizes up to a million; this one tells which
 * of them a change moved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class StreamClusteringBenchmark {
  static final int ITEMS = 20_000;

  @Param({"SNIPPET"})
  public String shape;

  /** The example corpus folder, relative to the working directory. */
  @Param(CorpusSentences.DEFAULT_DIR)
  public String corpus;

  private final List<AnalyzedArticle> articles = new ArrayList<>();
  private final List<ArticleId> copyOf = new ArrayList<>();
  private final List<StoryId> stories = new ArrayList<>();

  @Setup
  public void generate() throws IOException {
    List<RawDocument> stream =
        SyntheticStream.generate(
            CorpusSentences.read(corpus),
            SyntheticStream.Shape.valueOf(shape),
            ITEMS,
            new SplittableRandom(42));
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ClusterConfig.defaults());
    for (int i = 0; i < stream.size(); i++) {
      AnalyzedArticle article = ScaleBench.standIn(stream.get(i), i);
      DuplicateVerdict verdict = dedup.observe(article);
      articles.add(article);
      copyOf.add(verdict.isCopy() ? verdict.original() : null);
      stories.add(assigner.assign(article, verdict.original()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public void assign(Blackhole out) {
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ClusterConfig.defaults());
    for (int i = 0; i < articles.size(); i++) {
      out.consume(assigner.assign(articles.get(i), copyOf.get(i)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public void dedup(Blackhole out) {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    for (AnalyzedArticle article : articles) {
      out.consume(dedup.observe(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public void rewrites(Blackhole out) {
    RewriteDetector rewrites = new RewriteDetector(DedupConfig.defaults());
    for (int i = 0; i < articles.size(); i++) {
      if (copyOf.get(i) == null) {
        out.consume(rewrites.check(articles.get(i), stories.get(i)));
      }
    }
  }
}
