package dev.newsdesk.bench;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TextEmbedder;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.embeddings.MiniLmEmbedder;
import dev.newsdesk.eval.ClusteringScore;
import dev.newsdesk.eval.GoogleNewsDataset;
import dev.newsdesk.eval.PolnearEvents;
import dev.newsdesk.eval.PolnearMetadata;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the dense term (MiniLM vectors, {@code ClusterConfig.denseWeight}) help story assignment,
 * and what does it cost? Analyses the dataset once, embeds each article once (the vectors are
 * cached by text, so every setting replays dedup and assignment on the same vectors), and prints
 * the quality per setting on the tuning part and the held-out part, then the costs in CPU time of
 * this one thread (ONNX Runtime runs on it: one intra-op thread).
 *
 * <pre>
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.EmbeddingSweep \
 *   googlenews ../shared/data/clustering/googlenews TITLE 0.2:0.5 0.4:0.5
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.EmbeddingSweep \
 *   polnear ../shared/data/attribution/polnear 0.2:0.5 0.4:0.5
 * </pre>
 *
 * Each setting is {@code weight:neutral}, optionally {@code :maxWords} (the dense term only for
 * items of fewer content words; default: every item) and {@code :articleThreshold} (moves the
 * full-article threshold with it). GoogleNews: tuning part is the first half of the stream,
 * held-out the second. PolNeAR (the team's event groups): tuning part is train+dev, held-out is
 * test.
 */
public final class EmbeddingSweep {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<AnalyzedArticle> analyzed = new ArrayList<>();
  private final List<String> truth = new ArrayList<>();
  private final List<Boolean> heldOut = new ArrayList<>();
  private final List<Boolean> labelled = new ArrayList<>();
  private final Cache cache;
  private long analysisNanos;

  private EmbeddingSweep(TextEmbedder embedder) {
    this.cache = new Cache(embedder);
  }

  public static void main(String[] args) throws IOException {
    long load = THREADS.getCurrentThreadCpuTime();
    EmbeddingSweep sweep = new EmbeddingSweep(new MiniLmEmbedder());
    double loadSeconds = (THREADS.getCurrentThreadCpuTime() - load) / 1e9;
    int first;
    if (args[0].equals("googlenews")) {
      sweep.readGoogleNews(Path.of(args[1]), GoogleNewsDataset.Variant.valueOf(args[2]));
      first = 3;
    } else {
      sweep.readPolnear(Path.of(args[1]));
      first = 2;
    }
    System.out.printf(
        Locale.ROOT,
        "%d items; model load %.2f s CPU; analysis %.2f ms CPU per item%n",
        sweep.analyzed.size(),
        loadSeconds,
        sweep.analysisNanos / 1e6 / sweep.analyzed.size());
    long off = sweep.report("off", ClusterConfig.defaults());
    for (int a = first; a < args.length; a++) {
      String[] p = args[a].split(":");
      int maxWords = p.length > 2 ? Integer.parseInt(p[2]) : Integer.MAX_VALUE;
      ClusterConfig config =
          ClusterConfig.defaults()
              .withDense(Double.parseDouble(p[0]), Double.parseDouble(p[1]), maxWords);
      if (p.length > 3) {
        config = ClusteringSweep.with(config, "articleThreshold", p[3]);
      }
      long on = sweep.report(args[a], config);
      if (a == first) {
        sweep.costs(off, on);
      }
    }
  }

  private void costs(long assignOff, long assignOn) {
    int n = analyzed.size();
    double embed = cache.nanos / 1e6 / cache.embedded;
    double analysis = analysisNanos / 1e6 / n;
    double off = analysis + assignOff / 1e6 / n;
    double on = off + (assignOn - assignOff) / 1e6 / n + cache.nanos / 1e6 / n;
    System.out.printf(
        Locale.ROOT,
        "cost: embedding %.2f ms CPU per embedded item (%d embedded, mean %.0f chars); analysis %.2f"
            + " ms; analysis+dedup+assignment %.2f ms off, %.2f ms on per item: x%.2f%n",
        embed,
        cache.embedded,
        cache.chars / (double) cache.embedded,
        analysis,
        off,
        on,
        on / off);
  }

  /**
   * Replays dedup and assignment; returns the CPU nanoseconds of the replay, embedding excluded.
   */
  private long report(String label, ClusterConfig config) {
    long start = THREADS.getCurrentThreadCpuTime();
    long embedBefore = cache.nanos;
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(config, story -> {}, cache);
    List<String> predicted = new ArrayList<>();
    for (AnalyzedArticle article : analyzed) {
      predicted.add(assigner.assign(article, dedup.observe(article).original()).value());
    }
    long nanos = THREADS.getCurrentThreadCpuTime() - start - (cache.nanos - embedBefore);
    System.out.printf(
        Locale.ROOT,
        "%-16s tune %s | held-out %s | whole %s%n",
        label,
        score(predicted, false),
        score(predicted, true),
        score(predicted, null));
    return nanos;
  }

  /** B-cubed F1 and NMI of a part (null: all), and on the labelled articles where there are any. */
  private String score(List<String> predicted, Boolean part) {
    List<String> p = new ArrayList<>();
    List<String> t = new ArrayList<>();
    List<String> pl = new ArrayList<>();
    List<String> tl = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (part == null || heldOut.get(i).equals(part)) {
        p.add(predicted.get(i));
        t.add(truth.get(i));
        if (labelled.get(i)) {
          pl.add(predicted.get(i));
          tl.add(truth.get(i));
        }
      }
    }
    ClusteringScore s = ClusteringScore.of(p, t);
    String line = String.format(Locale.ROOT, "b3 %.3f nmi %.3f", s.bcubedF1(), s.nmi());
    if (pl.size() < p.size() && !pl.isEmpty()) {
      line += String.format(Locale.ROOT, " lab %.3f", ClusteringScore.of(pl, tl).bcubedF1());
    }
    return line;
  }

  private void readGoogleNews(Path dir, GoogleNewsDataset.Variant variant) throws IOException {
    List<GoogleNewsDataset.Item> items = GoogleNewsDataset.read(dir, variant);
    List<RawDocument> docs = new ArrayList<>();
    List<String> clusters = new ArrayList<>();
    for (GoogleNewsDataset.Item item : items) {
      docs.add(
          new RawDocument(
              "line#" + item.line(), ContentKind.TEXT_BODY, item.text(), ItemMetadata.none()));
      clusters.add(item.cluster());
    }
    List<Boolean> secondHalf = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      secondHalf.add(i >= docs.size() / 2);
    }
    analyse(docs, clusters, secondHalf, null);
  }

  private void readPolnear(Path dir) throws IOException {
    Map<String, String> groupOf = new HashMap<>();
    PolnearEvents.labels().forEach(l -> groupOf.put(l.article(), l.group()));
    List<RawDocument> docs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Boolean> test = new ArrayList<>();
    List<Boolean> inGroup = new ArrayList<>();
    for (PolnearMetadata row : PolnearEvents.inDateOrder(dir)) {
      docs.add(PolnearEvents.document(dir, row));
      groups.add(groupOf.getOrDefault(row.filename(), "single#" + row.filename()));
      test.add(row.compartment().equals("test"));
      inGroup.add(groupOf.containsKey(row.filename()));
    }
    analyse(docs, groups, test, inGroup);
  }

  private void analyse(
      List<RawDocument> docs, List<String> groups, List<Boolean> held, List<Boolean> isLabelled) {
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < docs.size(); i++) {
      try {
        analyzed.add(analyzer.analyze(extractor.extract(docs.get(i))));
        truth.add(groups.get(i));
        heldOut.add(held.get(i));
        labelled.add(isLabelled == null || isLabelled.get(i));
      } catch (RejectedItemException e) {
        // A rejected item cannot be assigned; it is left out of every setting alike.
        System.err.println("rejected " + docs.get(i).input() + ": " + e.getMessage());
      }
    }
    analysisNanos = THREADS.getCurrentThreadCpuTime() - start;
  }

  /** Embeds each distinct text once and counts the CPU time that took. */
  private static final class Cache implements TextEmbedder {
    private final TextEmbedder delegate;
    private final Map<String, float[]> vectors = new HashMap<>();
    long nanos;
    int embedded;
    long chars;

    Cache(TextEmbedder delegate) {
      this.delegate = delegate;
    }

    @Override
    public float[] embed(String text) {
      float[] v = vectors.get(text);
      if (v == null) {
        long start = THREADS.getCurrentThreadCpuTime();
        v = delegate.embed(text);
        nanos += THREADS.getCurrentThreadCpuTime() - start;
        embedded++;
        chars += text.length();
        vectors.put(text, v);
      }
      return v;
    }
  }
}
