package dev.newsdesk.eval;

import dev.newsdesk.Pipeline;
import dev.newsdesk.PipelineConfig;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.internal.ResourceLines;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Full-text event clustering on PolNeAR: the team's same-happening groups ({@code
 * polnear-events.tsv}, rules in {@code polnear-events.md}) against the stories the pipeline assigns
 * when the 1,008 articles are fed as one stream in publication order.
 *
 * <p>Design decision: the main figures count every article, an unlabelled one as a story of its
 * own, so a merge of a labelled article with an unrelated one costs precision; the labelled-only
 * figures (the 238 grouped articles alone) are printed beside them, because the labelling may have
 * missed a few groups among the singletons.
 */
public final class PolnearEvents {
  static final String RESOURCE = "polnear-events.tsv";
  private static final Set<String> SPLITS = Set.of("train", "dev", "test");

  /** One labelled article and its group. */
  public record Label(String article, String group) {}

  /** The predicted story and the true group of every article, in stream order. */
  public record Assignment(List<String> articles, List<String> predicted, List<String> truth) {
    public Assignment {
      articles = List.copyOf(articles);
      predicted = List.copyOf(predicted);
      truth = List.copyOf(truth);
    }
  }

  private PolnearEvents() {}

  /** The team's labels, in file order. */
  public static List<Label> labels() {
    return ResourceLines.read(
        PolnearEvents.class,
        RESOURCE,
        (line, number) -> {
          String[] cells = line.split("\t", -1);
          if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
            throw new IllegalStateException(
                RESOURCE + " line " + number + ": expected <article> TAB <group>");
          }
          return new Label(cells[0].strip(), cells[1].strip());
        });
  }

  /**
   * Feeds every PolNeAR article (title line, body, outlet and publication date from {@code
   * metadata.tsv}) through a fresh default pipeline, by date and then file name, and returns each
   * article's story next to its labelled group (its own name when unlabelled).
   */
  public static Assignment assign(Path dir) throws IOException {
    return assign(dir, config -> {});
  }

  /** {@link #assign(Path)} on a pipeline set up by this configurer. */
  public static Assignment assign(Path dir, Consumer<PipelineConfig.Builder> configurer)
      throws IOException {
    Map<String, String> groupOf = new LinkedHashMap<>();
    labels().forEach(l -> groupOf.put(l.article(), l.group()));
    Pipeline pipeline = Pipeline.create(configurer);
    List<String> articles = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (PolnearMetadata row : inDateOrder(dir)) {
      String story;
      try {
        story = pipeline.accept(document(dir, row)).story().value();
      } catch (RejectedItemException e) {
        story = "rejected#" + row.filename();
      }
      articles.add(row.filename());
      predicted.add(story);
      truth.add(groupOf.getOrDefault(row.filename(), "single#" + row.filename()));
    }
    for (String labelled : groupOf.keySet()) {
      if (!articles.contains(labelled)) {
        throw new DatasetFormatException(
            dir.resolve("metadata.tsv"), "labelled article " + labelled + " is not in the corpus");
      }
    }
    return new Assignment(articles, predicted, truth);
  }

  /**
   * The annotated articles (train, dev and test) of {@code metadata.tsv} by publication date, then
   * file name.
   */
  public static List<PolnearMetadata> inDateOrder(Path dir) throws IOException {
    List<PolnearMetadata> rows = new ArrayList<>();
    for (PolnearMetadata row : PolnearCorpus.readMetadata(dir)) {
      if (SPLITS.contains(row.compartment())) {
        rows.add(row);
      }
    }
    rows.sort(
        Comparator.comparing(
                (PolnearMetadata r) -> r.publicationDate() == null ? "" : r.publicationDate() + "")
            .thenComparing(PolnearMetadata::filename));
    return rows;
  }

  /**
   * One article as the pipeline reads it: the text file (title line, then paragraphs) with the
   * outlet, author and date of its metadata row.
   */
  public static RawDocument document(Path dir, PolnearMetadata row) throws IOException {
    Path file = dir.resolve(row.compartment()).resolve("text").resolve(row.filename() + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new DatasetFormatException(file, "listed in metadata.tsv but not found");
    }
    ItemMetadata meta =
        new ItemMetadata(
            null, row.publisher(), null, row.publicationDate(), null, row.author(), "en");
    return new RawDocument(
        row.filename(), ContentKind.TEXT_TITLED, DatasetFiles.readUtf8(file), meta);
  }

  /** Scoreboard rows: every article (unlabelled as singletons), then the labelled ones alone. */
  public static List<Scoreboard.Row> rows(Path dir) throws IOException {
    return rows(dir, config -> {});
  }

  /** {@link #rows(Path)} on a pipeline set up by this configurer. */
  public static List<Scoreboard.Row> rows(Path dir, Consumer<PipelineConfig.Builder> configurer)
      throws IOException {
    Assignment a = assign(dir, configurer);
    Set<String> labelled = Set.copyOf(labels().stream().map(Label::article).toList());
    List<String> predictedLabelled = new ArrayList<>();
    List<String> truthLabelled = new ArrayList<>();
    for (int i = 0; i < a.articles().size(); i++) {
      if (labelled.contains(a.articles().get(i))) {
        predictedLabelled.add(a.predicted().get(i));
        truthLabelled.add(a.truth().get(i));
      }
    }
    String anchor = "no published scores; goal bcubed_f1 >= 0.90";
    Map<String, Double> all = figures(ClusteringScore.of(a.predicted(), a.truth()));
    // Most articles are singletons, so B-cubed over all of them starts high: print what putting
    // every article in a story of its own would score, to read the figure against.
    all.put("singletons_bcubed_f1", ClusteringScore.of(a.articles(), a.truth()).bcubedF1());
    return List.of(
        Scoreboard.Row.measured(
            "clustering-events",
            "polnear (team groups)",
            "all " + a.articles().size(),
            all,
            anchor),
        Scoreboard.Row.measured(
            "clustering-events",
            "polnear (team groups)",
            "labelled " + predictedLabelled.size(),
            figures(ClusteringScore.of(predictedLabelled, truthLabelled)),
            anchor));
  }

  private static Map<String, Double> figures(ClusteringScore score) {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("bcubed_p", score.bcubedPrecision());
    figures.put("bcubed_r", score.bcubedRecall());
    figures.put("bcubed_f1", score.bcubedF1());
    figures.put("pair_p", score.pairPrecision());
    figures.put("pair_r", score.pairRecall());
    figures.put("pair_f1", score.pairF1());
    figures.put("clusters", (double) score.predictedClusters());
    figures.put("true_clusters", (double) score.trueClusters());
    return figures;
  }
}
