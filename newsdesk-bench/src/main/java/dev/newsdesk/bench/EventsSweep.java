package dev.newsdesk.bench;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.eval.ClusteringScore;
import dev.newsdesk.eval.PolnearEvents;
import dev.newsdesk.eval.PolnearMetadata;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story assignment settings on the full-text event set (PolNeAR with the team's same-happening
 * groups, {@link PolnearEvents}): analyses the 1,008 articles once, then replays dedup and story
 * assignment per setting, printing B-cubed F1 on train+dev (months 1 to 11, where a setting would
 * be chosen) and on test (month 12), over all articles and over the labelled ones alone.
 *
 * <pre>
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.EventsSweep \
 *   ../shared/data/attribution/polnear articleThreshold=0.15,0.2,0.3
 * </pre>
 *
 * Measures only; the defaults belong to the clustering stage ({@code help/clustering.md}).
 */
public final class EventsSweep {
  private EventsSweep() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, String> groupOf = new HashMap<>();
    PolnearEvents.labels().forEach(l -> groupOf.put(l.article(), l.group()));
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    List<PolnearMetadata> rows = new ArrayList<>();
    for (PolnearMetadata row : PolnearEvents.inDateOrder(dir)) {
      try {
        analyzed.add(analyzer.analyze(extractor.extract(PolnearEvents.document(dir, row))));
        rows.add(row);
      } catch (RejectedItemException e) {
        System.err.println("rejected " + row.filename() + ": " + e.getMessage());
      }
    }
    report("defaults", ClusterConfig.defaults(), analyzed, rows, groupOf);
    for (int a = 1; a < args.length; a++) {
      String[] nameValues = args[a].split("=", 2);
      for (String value : nameValues[1].split(",")) {
        ClusterConfig config = ClusteringSweep.with(ClusterConfig.defaults(), nameValues[0], value);
        report(nameValues[0] + "=" + value, config, analyzed, rows, groupOf);
      }
    }
  }

  private static void report(
      String label,
      ClusterConfig config,
      List<AnalyzedArticle> analyzed,
      List<PolnearMetadata> rows,
      Map<String, String> groupOf) {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(config);
    // [tune|test][all|labelled][predicted|truth]
    List<List<List<String>>> parts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      parts.add(List.of(new ArrayList<>(), new ArrayList<>()));
    }
    for (int i = 0; i < analyzed.size(); i++) {
      AnalyzedArticle article = analyzed.get(i);
      String story = assigner.assign(article, dedup.observe(article).original()).value();
      String name = rows.get(i).filename();
      String truth = groupOf.getOrDefault(name, "single#" + name);
      int part = rows.get(i).compartment().equals("test") ? 2 : 0;
      add(parts.get(part), story, truth);
      if (groupOf.containsKey(name)) {
        add(parts.get(part + 1), story, truth);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-26s train+dev b3 all %.3f labelled %.3f | test b3 all %.3f labelled %.3f%n",
        label,
        f1(parts.get(0)),
        f1(parts.get(1)),
        f1(parts.get(2)),
        f1(parts.get(3)));
  }

  private static void add(List<List<String>> part, String story, String truth) {
    part.get(0).add(story);
    part.get(1).add(truth);
  }

  private static double f1(List<List<String>> part) {
    return part.get(0).isEmpty()
        ? Double.NaN
        : ClusteringScore.of(part.get(0), part.get(1)).bcubedF1();
  }
}
