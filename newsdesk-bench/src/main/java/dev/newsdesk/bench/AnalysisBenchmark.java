package dev.newsdesk.bench;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.analyze.AttributionFinder;
import dev.newsdesk.analyze.DateFinder;
import dev.newsdesk.analyze.EntityFinder;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.eval.PolnearCorpus;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analyzer's hot path on PolNeAR article texts held in memory, one thread; each invocation
 * analyses every article of the split once, so a score is splits per second. Report each as a ratio
 * to {@code baselineSentencesAndTokens}, measured in the same run: the OpenNLP sentence and token
 * pass alone, which every other benchmark here includes.
 *
 * <ul>
 *   <li>{@code baselineSentencesAndTokens}: {@link SentenceSplitter#split} alone.
 *   <li>{@code plusEntities}, {@code plusDates}, {@code plusAttributions}: the split, then one
 *       finder over its sentences.
 *   <li>{@code analyzer}: {@link Analyzer#analyze}, everything (language, sentences, entities,
 *       dates, attributions with their sources linked to the article's merged entities).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AnalysisBenchmark {

  /** The PolNeAR folder, relative to the working directory. */
  @Param("../shared/data/attribution/polnear")
  public String corpus;

  /** Which split's texts: dev (84 articles) by default. */
  @Param("dev")
  public String split;

  private List<String> texts;
  private List<Article> articles;
  private SentenceSplitter splitter;
  private EntityFinder entities;
  private DateFinder dates;
  private AttributionFinder attributions;
  private Analyzer analyzer;

  @Setup
  public void load() throws IOException {
    PolnearCorpus.Split which = PolnearCorpus.Split.valueOf(split.toUpperCase(Locale.ROOT));
    texts = PolnearCorpus.read(Path.of(corpus), which).stream().map(a -> a.text()).toList();
    articles =
        texts.stream()
            .map(
                t ->
                    new Article(
                        new ArticleId("bench-" + t.hashCode()),
                        "bench.txt",
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2016, 10, 1),
                        null,
                        "en",
                        List.of(t),
                        false))
            .toList();
    splitter = new SentenceSplitter();
    entities = new EntityFinder();
    dates = new DateFinder();
    attributions = new AttributionFinder();
    analyzer = new Analyzer();
  }

  @Benchmark
  public void baselineSentencesAndTokens(Blackhole out) {
    for (String t : texts) {
      out.consume(splitter.split(t, "en"));
    }
  }

  @Benchmark
  public void plusEntities(Blackhole out) {
    for (String t : texts) {
      out.consume(entities.find(t, splitter.split(t, "en")));
    }
  }

  @Benchmark
  public void plusDates(Blackhole out) {
    for (String t : texts) {
      List<Sentence> sentences = splitter.split(t, "en");
      out.consume(dates.find(sentences, LocalDate.of(2016, 10, 1)));
    }
  }

  @Benchmark
  public void plusAttributions(Blackhole out) {
    for (String t : texts) {
      out.consume(attributions.find(t, splitter.split(t, "en")));
    }
  }

  @Benchmark
  public void analyzer(Blackhole out) {
    for (Article a : articles) {
      out.consume(analyzer.analyze(a));
    }
  }
}
