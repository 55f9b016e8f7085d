package dev.newsdesk.bench;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.eval.ClusteringScore;
import dev.newsdesk.eval.GoogleNewsDataset;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tunes story assignment on GoogleNews: analyses each item once, then replays dedup and story
 * assignment for each setting given, printing B-cubed F1 and NMI on the first half of the stream
 * (where defaults are tuned) and on the whole file.
 *
 * <pre>
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.ClusteringSweep \
 *   ../shared/data/clustering/googlenews TITLE_AND_SNIPPET snippetThreshold=0.14,0.16,0.18
 * </pre>
 *
 * Each later argument is {@code name=v1,v2,…} for one {@link ClusterConfig} component; the values
 * are swept one component at a time from the defaults.
 */
public final class ClusteringSweep {
  private ClusteringSweep() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    GoogleNewsDataset.Variant variant = GoogleNewsDataset.Variant.valueOf(args[1]);
    List<GoogleNewsDataset.Item> items = GoogleNewsDataset.read(dir, variant);
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (GoogleNewsDataset.Item item : items) {
      try {
        RawDocument doc =
            new RawDocument(
                "line#" + item.line(), ContentKind.TEXT_BODY, item.text(), ItemMetadata.none());
        analyzed.add(analyzer.analyze(extractor.extract(doc)));
        truth.add(item.cluster());
      } catch (RejectedItemException e) {
        System.err.println("rejected line " + item.line() + ": " + e.getMessage());
      }
    }
    report("defaults", ClusterConfig.defaults(), analyzed, truth);
    for (int a = 2; a < args.length; a++) {
      String[] nameValues = args[a].split("=", 2);
      for (String value : nameValues[1].split(",")) {
        ClusterConfig config = with(ClusterConfig.defaults(), nameValues[0], value);
        report(nameValues[0] + "=" + value, config, analyzed, truth);
      }
    }
  }

  private static void report(
      String label, ClusterConfig config, List<AnalyzedArticle> analyzed, List<String> truth) {
    long start = System.nanoTime();
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(config);
    List<String> predicted = new ArrayList<>();
    for (AnalyzedArticle article : analyzed) {
      predicted.add(assigner.assign(article, dedup.observe(article).original()).value());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int half = predicted.size() / 2;
    ClusteringScore first = ClusteringScore.of(predicted.subList(0, half), truth.subList(0, half));
    ClusteringScore whole = ClusteringScore.of(predicted, truth);
    System.out.printf(
        Locale.ROOT,
        "%-28s half b3=%.3f nmi=%.3f | whole b3=%.3f p=%.3f r=%.3f nmi=%.3f clusters=%.0f  %.1fs%n",
        label,
        first.figures().get("bcubed_f1"),
        first.figures().get("nmi"),
        whole.figures().get("bcubed_f1"),
        whole.figures().get("bcubed_p"),
        whole.figures().get("bcubed_r"),
        whole.figures().get("nmi"),
        whole.figures().get("clusters"),
        seconds);
  }

  /** The config with one component replaced, by name (reflection keeps this list-free). */
  static ClusterConfig with(ClusterConfig config, String name, String value) {
    RecordComponent[] components = ClusterConfig.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getAccessor().invoke(config);
        if (components[i].getName().equals(name)) {
          found = true;
          values[i] =
              types[i] == int.class ? (Object) Integer.parseInt(value) : Double.parseDouble(value);
        }
      }
      if (!found) {
        throw new IllegalArgumentException("ClusterConfig has no component " + name);
      }
      return ClusterConfig.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
