package dev.newsdesk.bench;

import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.DuplicateVerdict;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.dedup.RewriteDetector;
import dev.newsdesk.dedup.SentenceFingerprint;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.ScaleBench SNIPPET 10000,100000 [2]
 * </pre>
 *
 * <p>With a third argument of 2 the stream runs as a two-stage pipeline on two threads: one thread
 * makes the stand-in analysis, runs dedup and fingerprints the sentences of originals for the
 * rewrite check ({@link RewriteDetector#fingerprint}, which reads no index), the other assigns
 * stories and checks rewrites, item by item in stream order (dedup reads nothing the assigner
 * writes, so every answer is the same as on one thread, and {@code digest} says so). It then prints
 * items per wall-clock second beside items per CPU-second of both threads; wall time counts on a
 * machine with two idle cores only.
 *
 * <p>{@code digest} is a hash of every verdict and story in order: two runs (or two builds) with
 * the same digest gave the same answers.
 *
 * <p>Analysis is excluded (it is measured on its own): each item gets a stand-in analysis, its
 * paragraphs split into sentences at end punctuation, with no entities, dates or attributions.
 * Items are re-dated to {@value #ITEMS_PER_DAY} a day, so stories go quiet and leave the active set
 * as they would in a real day of news; with the generator's own dates (30 days whatever the size)
 * nothing would ever retire.
 */
public final class ScaleBench {
  static final int ITEMS_PER_DAY = 2_000;
  static final int WARM_UP = 20_000;
  private static final int BATCH = 256;
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
    int threadCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
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
        "shape=%s items_per_day=%d cores=%d threads=%d%n",
        shape,
        ITEMS_PER_DAY,
        Runtime.getRuntime().availableProcessors(),
        threadCount);
    if (threadCount == 2) {
      pipelined(stream, sizes, dedup, rewrites, assigner);
      return;
    }
    long digest = 17;
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
      digest = digest(digest, verdict, story);
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
                + " member_slots=%d copy_entries=%d rewrite_stories=%d digest=%016x%n",
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
            rewrites.heldStories(),
            digest);
        next++;
      }
    }
  }

  /** Folds one item's answers into the running digest. */
  private static long digest(long digest, DuplicateVerdict verdict, StoryId story) {
    return digest * 1_000_003L + (verdict.toString() + "|" + story.value()).hashCode();
  }

  /** An item through dedup (and its sentences fingerprinted when an original), on its way on. */
  private record Deduped(
      AnalyzedArticle article, DuplicateVerdict verdict, SentenceFingerprint sentences) {}

  /**
   * The two-stage run: this thread assigns, a second one analyses (stand-in) and dedups ahead, in
   * batches through a bounded queue. Prints items per wall second (reporting and its collections
   * excluded) and per CPU-second of both threads.
   */
  private static void pipelined(
      List<RawDocument> stream,
      int[] sizes,
      MinHashDeduplicator dedup,
      RewriteDetector rewrites,
      TfIdfStoryAssigner assigner) {
    int total = sizes[sizes.length - 1];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] dedupCost = new long[total];
    long[] assignCost = new long[total];
    BlockingQueue<List<Deduped>> queue = new ArrayBlockingQueue<>(64);
    Thread ahead =
        new Thread(
            () -> {
              try {
                List<Deduped> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < total; i++) {
                  AnalyzedArticle article = standIn(stream.get(i), i);
                  long start = threads.getCurrentThreadCpuTime();
                  DuplicateVerdict verdict = dedup.observe(article);
                  SentenceFingerprint sentences =
                      verdict.isCopy() ? null : rewrites.fingerprint(article);
                  dedupCost[i] = threads.getCurrentThreadCpuTime() - start;
                  batch.add(new Deduped(article, verdict, sentences));
                  if (batch.size() == BATCH || i + 1 == total) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "dedup-ahead");
    ahead.setDaemon(true);
    long wallStart = System.nanoTime();
    long excluded = 0;
    ahead.start();
    long digest = 17;
    int copies = 0;
    int next = 0;
    double baseline = 0;
    try {
      for (int i = 0; i < total; ) {
        for (Deduped item : queue.take()) {
          long start = threads.getCurrentThreadCpuTime();
          DuplicateVerdict verdict = item.verdict();
          StoryId story = assigner.assign(item.article(), verdict.original());
          if (!verdict.isCopy()) {
            verdict = rewrites.check(item.article(), item.sentences(), story).verdict();
          }
          assignCost[i] = threads.getCurrentThreadCpuTime() - start;
          copies += verdict.isCopy() ? 1 : 0;
          digest = digest(digest, verdict, story);
          i++;
          if (i == sizes[next]) {
            long reportStart = System.nanoTime();
            double wall = (reportStart - wallStart - excluded) / 1e9;
            int n = i;
            long cpu = Arrays.stream(dedupCost, 0, n).sum() + Arrays.stream(assignCost, 0, n).sum();
            double tail =
                (Arrays.stream(dedupCost, n - n / 10, n).sum()
                        + Arrays.stream(assignCost, n - n / 10, n).sum())
                    / (double) (n / 10);
            if (next == 0) {
              baseline = tail;
            }
            System.out.printf(
                Locale.ROOT,
                "items=%d items_per_wall_s=%.0f items_per_cpu_s=%.0f dedup_cpu_s=%.2f"
                    + " assign_cpu_s=%.2f us_per_item_last_tenth=%.1f cost_ratio_vs_%d=%.2f"
                    + " heap_mb=%.0f peak_heap_mb=%.0f active_stories=%d copies=%d"
                    + " digest=%016x%n",
                n,
                n / wall,
                n / (cpu / 1e9),
                Arrays.stream(dedupCost, 0, n).sum() / 1e9,
                Arrays.stream(assignCost, 0, n).sum() / 1e9,
                tail / 1e3,
                sizes[0],
                tail / baseline,
                heapAfterGc() / 1e6,
                peakHeap() / 1e6,
                assigner.activeStories(),
                copies,
                digest);
            next++;
            excluded += System.nanoTime() - reportStart;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
