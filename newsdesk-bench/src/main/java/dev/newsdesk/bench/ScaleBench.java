package dev.newsdesk.bench;

import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.DuplicateVerdict;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.dedup.RewriteDetector;
import dev.newsdesk.internal.Hashing;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dedup and story assignment at scale: one generated stream ({@link SyntheticStream}, seed 42) of
 * the largest size asked for, fed item by item through {@link MinHashDeduplicator}, {@link
 * TfIdfStoryAssigner} and {@link RewriteDetector}, exactly as the pipeline does after analysis.
 * Prints, at each size, items per second of CPU time (this thread's, so other load on the machine
 * counts little), the cost per item over the last tenth of the items before that size, heap in use
 * after a collection, and the ratio of that cost to the cost at the smallest size (flat cost means
 * a ratio near 1).
 *
 * <pre>
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.ScaleBench SNIPPET 10000,100000
 * </pre>
 *
 * Analysis is excluded (it is measured on its own): each item gets a stand-in analysis, its
 * paragraphs split into sentences at end punctuation, with no entities, dates or attributions.
 * Items are re-dated to {@value #ITEMS_PER_DAY} a day, so stories go quiet and leave the active set
 * as they would in a real day of news; with the generator's own dates (30 days whatever the size)
 * nothing would ever retire.
 */
public final class ScaleBench {
  static final int ITEMS_PER_DAY = 2_000;
  static final int WARM_UP = 20_000;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private ScaleBench() {}

  public static void main(String[] args) throws IOException {
    SyntheticStream.Shape shape =
        SyntheticStream.Shape.valueOf(args.length > 0 ? args[0] : "SNIPPET");
    int[] sizes =
        Arrays.stream((args.length > 1 ? args[1] : "10000,100000").split(","))
            .mapToInt(Integer::parseInt)
            .sorted()
            .toArray();
    int total = sizes[sizes.length - 1];
    List<RawDocument> stream =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            shape,
            total,
            new SplittableRandom(42));
    warmUp(shape);
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    RewriteDetector rewrites = new RewriteDetector(DedupConfig.defaults());
    // As the pipeline wires them: a retired story leaves the rewrite index too.
    TfIdfStoryAssigner assigner =
        new TfIdfStoryAssigner(ClusterConfig.defaults(), rewrites::forget);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cost = new long[total];
    int copies = 0;
    int next = 0;
    double baseline = 0;
    System.out.printf(
        Locale.ROOT,
        "shape=%s items_per_day=%d cores=%d%n",
        shape,
        ITEMS_PER_DAY,
        Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < total; i++) {
      AnalyzedArticle article = standIn(stream.get(i), i);
      long start = threads.getCurrentThreadCpuTime();
      DuplicateVerdict verdict = dedup.observe(article);
      StoryId story = assigner.assign(article, verdict.original());
      if (!verdict.isCopy()) {
        verdict = rewrites.check(article, story).verdict();
      }
      cost[i] = threads.getCurrentThreadCpuTime() - start;
      copies += verdict.isCopy() ? 1 : 0;
      if (i + 1 == sizes[next]) {
        int n = i + 1;
        long all = Arrays.stream(cost, 0, n).sum();
        double tail = Arrays.stream(cost, n - n / 10, n).average().orElse(0);
        if (next == 0) {
          baseline = tail;
        }
        System.out.printf(
            Locale.ROOT,
            "items=%d items_per_cpu_s=%.0f us_per_item_last_tenth=%.1f cost_ratio_vs_%d=%.2f"
                + " heap_mb=%.0f peak_heap_mb=%.0f active_stories=%d copies=%d"
                + " member_slots=%d copy_entries=%d rewrite_stories=%d%n",
            n,
            n / (all / 1e9),
            tail / 1e3,
            sizes[0],
            tail / baseline,
            heapAfterGc() / 1e6,
            peakHeap() / 1e6,
            assigner.activeStories(),
            copies,
            assigner.heldMembers(),
            dedup.heldEntries(),
            rewrites.heldStories());
        next++;
      }
    }
  }

  /** Runs another stream (seed 7) through fresh stages, so the measured run starts compiled. */
  private static void warmUp(SyntheticStream.Shape shape) throws IOException {
    List<RawDocument> stream =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            shape,
            WARM_UP,
            new SplittableRandom(7));
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    RewriteDetector rewrites = new RewriteDetector(DedupConfig.defaults());
    TfIdfStoryAssigner assigner =
        new TfIdfStoryAssigner(ClusterConfig.defaults(), rewrites::forget);
    for (int i = 0; i < stream.size(); i++) {
      AnalyzedArticle article = standIn(stream.get(i), i);
      DuplicateVerdict verdict = dedup.observe(article);
      StoryId story = assigner.assign(article, verdict.original());
      if (!verdict.isCopy()) {
        rewrites.check(article, story);
      }
    }
  }

  /** A stand-in for analysis: the article as extraction would give it, sentences by punctuation. */
  static AnalyzedArticle standIn(RawDocument doc, int index) {
    List<String> paragraphs =
        Arrays.stream(doc.body().split("\n\\s*\n"))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
    Article article =
        new Article(
            new ArticleId(Hashing.shortId("a-", doc.input())),
            doc.input(),
            null,
            doc.metadata().source(),
            doc.metadata().title(),
            null,
            SyntheticStream.FIRST_DAY.plusDays(index / ITEMS_PER_DAY),
            null,
            "en",
            paragraphs,
            false);
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    Matcher m = SENTENCE_END.matcher(text);
    while (from < text.length()) {
      int end = m.find() ? m.start() : text.length();
      sentences.add(
          new Sentence(
              sentences.size(), new Span(from, end), text.substring(from, end), List.of()));
      from = end == text.length() ? end : m.end();
    }
    return new AnalyzedArticle(article, text, sentences, List.of(), List.of(), List.of());
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
