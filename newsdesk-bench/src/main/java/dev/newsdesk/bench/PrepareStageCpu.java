package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.analyze.AttributionFinder;
import dev.newsdesk.analyze.DateFinder;
import dev.newsdesk.analyze.EntityFinder;
import dev.newsdesk.analyze.LanguageIdentifier;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.eval.PolnearCorpus;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPU time per item of the half of ingest that reads no stream state ({@link Pipeline#prepare}:
 * extraction and analysis), and of each of its parts, one thread, in rounds over the same items:
 * the first rounds are the JIT's, the later ones the steady state a long-running service pays. The
 * parts are timed in the same round as the whole, so their shares are ratios of one run.
 *
 * <p>Why per part and after a warm-up: a short ingest run counts the JIT compiler's threads and the
 * collector as process CPU, and a profile with the warm-up mixed in puts the cost where the JIT was
 * still slow; the service pays the steady state.
 *
 * <p>Usage, from the repository root: {@code java -cp newsdesk-bench/target/newsdesk-bench.jar
 * dev.newsdesk.bench.PrepareStageCpu [SET] [ITEMS] [ROUNDS] [THREADS]}; SET is {@code ARTICLE} or
 * {@code SNIPPET} (the service bench's synthetic items) or a PolNeAR folder (its 1,008 texts,
 * published 2016-10-01, language left to the identifier); defaults ARTICLE, 2,000 items, 6 rounds.
 * With THREADS, one more run analyses every extracted article on that many threads and prints
 * articles per wall-clock second (the analysis issue's figure: the 1,008 PolNeAR articles on 2
 * cores).
 */
public final class PrepareStageCpu {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private PrepareStageCpu() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String set = args.length > 0 ? args[0] : "ARTICLE";
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    List<RawDocument> docs = documents(set, items);
    System.out.printf(
        Locale.ROOT,
        "%s: %d items, %.0f characters on average (%s)%n",
        set,
        docs.size(),
        docs.stream().mapToInt(d -> d.body().length()).average().orElse(0),
        ServiceScaleBench.load());
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    LanguageIdentifier languages = new LanguageIdentifier();
    SentenceSplitter splitter = new SentenceSplitter();
    EntityFinder entities = new EntityFinder();
    DateFinder dates = new DateFinder();
    AttributionFinder attributions = new AttributionFinder();
    Analyzer analyzer = new Analyzer();
    Pipeline pipeline = Pipeline.create();
    List<Article> articles = new ArrayList<>();
    for (RawDocument doc : docs) {
      try {
        articles.add(extractor.extract(doc));
      } catch (RejectedItemException e) {
        // counted below as fewer articles than items
      }
    }
    for (int round = 1; round <= rounds; round++) {
      long[] cpu = new long[8];
      long t = CPU.getCurrentThreadCpuTime();
      for (RawDocument doc : docs) {
        try {
          extractor.extract(doc);
        } catch (RejectedItemException e) {
          // as above
        }
      }
      cpu[0] = lap(t);
      for (Article a : articles) {
        t = CPU.getCurrentThreadCpuTime();
        String text = a.text();
        String language = "und".equals(a.language()) ? languages.identify(text) : a.language();
        cpu[1] += lap(t);
        t = CPU.getCurrentThreadCpuTime();
        List<Sentence> sentences = splitter.split(text, language);
        cpu[2] += lap(t);
        t = CPU.getCurrentThreadCpuTime();
        List<EntityMention> mentions = entities.find(text, sentences);
        cpu[3] += lap(t);
        t = CPU.getCurrentThreadCpuTime();
        dates.find(sentences, a.published());
        cpu[4] += lap(t);
        t = CPU.getCurrentThreadCpuTime();
        attributions.find(text, sentences, mentions);
        cpu[5] += lap(t);
      }
      t = CPU.getCurrentThreadCpuTime();
      for (Article a : articles) {
        analyzer.analyze(a);
      }
      cpu[6] = lap(t);
      t = CPU.getCurrentThreadCpuTime();
      for (RawDocument doc : docs) {
        try {
          pipeline.prepare(doc);
        } catch (RejectedItemException e) {
          // as above
        }
      }
      cpu[7] = lap(t);
      double n = docs.size();
      System.out.printf(
          Locale.ROOT,
          "round %d, ms CPU per item: prepare %.3f = extract %.3f + analyze %.3f"
              + " (language %.3f, sentences+tokens %.3f, entities %.3f, dates %.3f,"
              + " attributions %.3f) (%s)%n",
          round,
          cpu[7] / 1e6 / n,
          cpu[0] / 1e6 / n,
          cpu[6] / 1e6 / n,
          cpu[1] / 1e6 / n,
          cpu[2] / 1e6 / n,
          cpu[3] / 1e6 / n,
          cpu[4] / 1e6 / n,
          cpu[5] / 1e6 / n,
          ServiceScaleBench.load());
    }
    if (threads > 0) {
      wallClock(articles, threads);
    }
  }

  /**
   * One run of the whole analyzer over the extracted articles on this many threads (one {@link
   * Analyzer} each, articles taken from a shared counter), after the rounds have warmed it up:
   * articles per wall-clock second, which counts on a machine whose cores are otherwise idle.
   */
  private static void wallClock(List<Article> articles, int threads) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      Analyzer analyzer = new Analyzer();
      Thread worker =
          new Thread(
              () -> {
                for (int k = next.getAndIncrement();
                    k < articles.size();
                    k = next.getAndIncrement()) {
                  analyzer.analyze(articles.get(k));
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "analysis of %d articles on %d threads, one run: %.2f s, %.1f articles per wall-second"
            + " (%s)%n",
        articles.size(),
        threads,
        seconds,
        articles.size() / seconds,
        ServiceScaleBench.load());
  }

  private static long lap(long since) {
    return CPU.getCurrentThreadCpuTime() - since;
  }

  private static List<RawDocument> documents(String set, int items) throws IOException {
    if (set.equals("ARTICLE") || set.equals("SNIPPET")) {
      return SyntheticStream.generate(
          CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
          SyntheticStream.Shape.valueOf(set),
          items,
          new SplittableRandom(PipelineBenchmark.SEED));
    }
    Path dir = Path.of(set);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(set + ": neither ARTICLE, SNIPPET nor a PolNeAR folder");
    }
    List<RawDocument> docs = new ArrayList<>();
    for (PolnearCorpus.Split split : PolnearCorpus.Split.values()) {
      for (PolnearCorpus.Article a : PolnearCorpus.read(dir, split)) {
        docs.add(
            new RawDocument(
                a.name(),
                ContentKind.TEXT_BODY,
                a.text(),
                new ItemMetadata(
                    null, "polnear", null, LocalDate.of(2016, 10, 1), null, null, null)));
      }
    }
    return docs.subList(0, Math.min(items, docs.size()));
  }
}
