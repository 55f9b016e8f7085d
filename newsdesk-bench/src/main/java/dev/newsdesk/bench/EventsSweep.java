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
 * assignment per setting, printing B-cubed figures on two halves of the groups and on the whole.
 *
 * <p>The halves split the groups by their order in the labels file: even-numbered groups are the
 * tuning half (a setting is chosen there), odd-numbered ones the report half. Each half is scored
 * on its labelled articles alone and on all articles but the other half's (unlabelled ones as
 * singletons, so merges with them cost precision). A split by date would put most groups of one
 * campaign season in one half; by parity both halves hold debates, primaries and conventions.
 *
 * <pre>
 * java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.EventsSweep \
 *   ../shared/data/attribution/polnear articleThreshold=0.2,0.3 "spanDays=5;sharedDateBoost=2"
 * </pre>
 *
 * An argument {@code name=v1,v2} sweeps one component from the defaults; {@code a=x;b=y} is one
 * setting with several components changed. Measures only; the defaults belong to the clustering
 * stage ({@code help/clustering.md}, {@code help/events.md}).
 */
public final class EventsSweep {
  private EventsSweep() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, String> groupOf = new HashMap<>();
    Map<String, Integer> half = new HashMap<>();
    for (PolnearEvents.Label l : PolnearEvents.labels()) {
      groupOf.put(l.article(), l.group());
      if (!half.containsKey(l.group())) {
        half.put(l.group(), half.size() % 2);
      }
    }
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
    System.out.println(
        "setting | tune half: labelled P/R/F1, all but report half F1 | report half: labelled"
            + " P/R/F1, all but tune half F1 | whole: labelled P/R/F1, all 1008 P/R/F1, stories");
    report("defaults", ClusterConfig.defaults(), analyzed, rows, groupOf, half);
    for (int a = 1; a < args.length; a++) {
      if (args[a].contains(";")) {
        ClusterConfig config = ClusterConfig.defaults();
        for (String setting : args[a].split(";")) {
          String[] nameValue = setting.split("=", 2);
          config = ClusteringSweep.with(config, nameValue[0], nameValue[1]);
        }
        report(args[a], config, analyzed, rows, groupOf, half);
        continue;
      }
      String[] nameValues = args[a].split("=", 2);
      for (String value : nameValues[1].split(",")) {
        ClusterConfig config = ClusteringSweep.with(ClusterConfig.defaults(), nameValues[0], value);
        report(nameValues[0] + "=" + value, config, analyzed, rows, groupOf, half);
      }
    }
  }

  private static void report(
      String label,
      ClusterConfig config,
      List<AnalyzedArticle> analyzed,
      List<PolnearMetadata> rows,
      Map<String, String> groupOf,
      Map<String, Integer> half) {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(config);
    // [tune labelled, tune all, report labelled, report all, whole labelled, whole all]
    List<List<List<String>>> parts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      parts.add(List.of(new ArrayList<>(), new ArrayList<>()));
    }
    for (int i = 0; i < analyzed.size(); i++) {
      AnalyzedArticle article = analyzed.get(i);
      String story = assigner.assign(article, dedup.observe(article).original()).value();
      String name = rows.get(i).filename();
      String group = groupOf.get(name);
      String truth = group == null ? "single#" + name : group;
      int h = group == null ? -1 : half.get(group);
      for (int p = 0; p < 2; p++) {
        if (h == p) {
          add(parts.get(2 * p), story, truth);
        }
        if (h != 1 - p) {
          add(parts.get(2 * p + 1), story, truth);
        }
      }
      if (group != null) {
        add(parts.get(4), story, truth);
      }
      add(parts.get(5), story, truth);
    }
    ClusteringScore whole = score(parts.get(5));
    System.out.printf(
        Locale.ROOT,
        "%-24s | %s %.3f | %s %.3f | %s %s %d%n",
        label,
        prf(score(parts.get(0))),
        score(parts.get(1)).bcubedF1(),
        prf(score(parts.get(2))),
        score(parts.get(3)).bcubedF1(),
        prf(score(parts.get(4))),
        prf(whole),
        Math.round(whole.figures().get("clusters")));
  }

  private static String prf(ClusteringScore s) {
    return String.format(
        Locale.ROOT,
        "%.3f/%.3f/%.3f",
        s.figures().get("bcubed_p"),
        s.figures().get("bcubed_r"),
        s.bcubedF1());
  }

  private static void add(List<List<String>> part, String story, String truth) {
    part.get(0).add(story);
    part.get(1).add(truth);
  }

  private static ClusteringScore score(List<List<String>> part) {
    return ClusteringScore.of(part.get(0), part.get(1));
  }
}
