package dev.newsdesk.cli;

import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.eval.GoogleNewsDataset;
import dev.newsdesk.eval.PolnearCorpus;
import dev.newsdesk.eval.Scoreboard;
import dev.newsdesk.eval.StageEvaluations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk eval}: scores a stage on a public dataset, read where it lies, and prints a table
 * and, as its last line, the main figures as {@code name=value} pairs.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score a stage on a public dataset: extraction, extraction-metadata, clustering, attribution,"
          + " attribution-trained (train the tagger on --train-split, default train, then score),"
          + " attribution-agreement (PolNeAR's annotators scored against each other),"
          + " clustering-events, dedup-syndication, entity-variants, dates, timeline, provenance-wire, brief; or 'all' for the scoreboard over --data."
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STAGE", description = "The stage, or all.")
  String stage;

  @Option(names = "--dataset", paramLabel = "DIR", description = "The dataset folder.")
  Path dataset;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "With 'all': the folder that holds every dataset (shared/data).")
  Path data;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "test",
      description = "dev or test, where the dataset has splits (default: ${DEFAULT-VALUE}).")
  String split;

  @Mixin EmbeddingOptions embeddings;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "With attribution: score this trained tagger (newsdesk train) instead of the rules.")
  Path model;

  @Option(
      names = "--train-split",
      paramLabel = "SPLIT",
      description =
          "With attribution: train the tagger on this split in-process (nothing is written), then"
              + " score --split.")
  String trainSplit;

  @Mixin TrainingOptions training;

  @Override
  public Integer call() throws IOException {
    List<Scoreboard.Row> rows = new ArrayList<>();
    if (stage.equals("all")) {
      Path root = data != null ? data : dataset;
      if (root == null) {
        System.err.println("newsdesk eval all: --data DIR is required");
        return 2;
      }
      rows.addAll(run("extraction", root.resolve("extraction/article-extraction-benchmark")));
      rows.addAll(run("extraction-metadata", root.resolve("extraction/readability-test-pages")));
      rows.addAll(run("clustering", root.resolve("clustering/googlenews")));
      rows.addAll(run("attribution", root.resolve("attribution/polnear")));
      // Trains the tagger on PolNeAR train in-process (about 4.5 minutes on one core; fits a 2 GB
      // heap) and scores test.
      rows.addAll(run("attribution-trained", root.resolve("attribution/polnear")));
      rows.addAll(run("attribution-agreement", root.resolve("attribution/polnear")));
      rows.addAll(run("clustering-events", root.resolve("attribution/polnear")));
      rows.addAll(run("dedup-syndication", root.resolve("attribution/polnear")));
      rows.addAll(run("entity-variants", null));
      rows.addAll(run("dates", null));
      rows.addAll(run("timeline", root.resolve("timeline/crisis-reference-timelines")));
      rows.addAll(run("provenance-wire", root.resolve("attribution/polnear")));
      rows.addAll(run("brief", Path.of("examples", "corpus")));
      rows.addAll(run("brief-seeds", root.toAbsolutePath().getParent().resolve("seeds")));
    } else {
      if (dataset == null && !List.of("entity-variants", "dates").contains(stage)) {
        System.err.println("newsdesk eval " + stage + ": --dataset DIR is required");
        return 2;
      }
      try {
        rows.addAll(run(stage, dataset));
      } catch (AttributionModelException e) {
        System.err.println("newsdesk eval " + stage + ": " + e.getMessage());
        return 2;
      }
    }
    Scoreboard board = new Scoreboard(rows);
    System.out.print(board.render());
    Scoreboard.Row last = rows.get(rows.size() - 1);
    System.out.println(stage.equals("all") ? "stages=" + rows.size() : last.figuresLine());
    return 0;
  }

  private Scoreboard.Row attribution(Path dir) throws IOException {
    PolnearCorpus.Split scored = splitOf(split);
    if (model != null) {
      return StageEvaluations.attribution(
          dir, scored, AttributionTagger.load(model), "attribution-model");
    }
    if (trainSplit != null) {
      return StageEvaluations.attributionTrained(
          dir, splitOf(trainSplit), scored, training.config());
    }
    return StageEvaluations.attribution(dir, scored);
  }

  private static PolnearCorpus.Split splitOf(String name) {
    return PolnearCorpus.Split.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private List<Scoreboard.Row> run(String name, Path dir) throws IOException {
    if (dir != null && !Files.isDirectory(dir)) {
      return List.of(
          Scoreboard.Row.datasetMissing(name, dir.toString(), null, null, "folder not found"));
    }
    return switch (name) {
      case "extraction" -> List.of(StageEvaluations.extraction(dir));
      case "extraction-metadata" -> List.of(StageEvaluations.extractionMetadata(dir));
      case "clustering" ->
          List.of(
              StageEvaluations.clustering(
                  dir, GoogleNewsDataset.Variant.TITLE_AND_SNIPPET, embeddings.configurer()),
              StageEvaluations.clustering(
                  dir, GoogleNewsDataset.Variant.TITLE, embeddings.configurer()));
      case "clustering-events" -> StageEvaluations.clusteringEvents(dir, embeddings.configurer());
      case "dedup-syndication" -> List.of(StageEvaluations.dedupSyndication(dir));
      case "attribution" -> List.of(attribution(dir));
      case "attribution-trained" ->
          List.of(
              StageEvaluations.attributionTrained(
                  dir,
                  splitOf(trainSplit == null ? "train" : trainSplit),
                  splitOf(split),
                  training.config()));
      case "attribution-agreement" -> List.of(StageEvaluations.attributionAgreement(dir));
      case "entity-variants" -> List.of(StageEvaluations.entityVariants());
      case "dates" -> List.of(StageEvaluations.dates());
      case "timeline" ->
          List.of(
              Scoreboard.Row.notBuilt(
                  "timeline",
                  "crisis-reference-timelines",
                  null,
                  "Date-F1 0.295 (DATEWISE, full TLS)",
                  "input articles are not in the dataset; evaluator comes with the provenance issue"));
      case "provenance-wire" -> List.of(StageEvaluations.provenanceWire(dir));
      case "brief" -> StageEvaluations.brief(dir, Path.of("eval", "citation-pairs.tsv"));
      case "brief-seeds" ->
          List.of(StageEvaluations.briefSeeds(dir, Path.of("eval", "citation-pairs.tsv")));
      default ->
          throw new picocli.CommandLine.ParameterException(
              new picocli.CommandLine(this), "unknown stage: " + name);
    };
  }
}
