package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.eval.ClusteringScore;
import dev.newsdesk.eval.GoogleNewsDataset;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Side by side on GoogleNews title+snippet: our streaming story assignment against Carrot2 4.x's
 * bisecting k-means (told the true number of stories, or at its default of 25) and Lingo (told the
 * true number). One algorithm per run, so an abandoned run cannot keep a core busy under the next;
 * {@code help/events.md} gives the loop that runs them one after another. Prints B-cubed P/R/F1,
 * NMI, cluster count, wall time and the CPU time of the thread that ran the algorithm.
 *
 * <pre>
 * java -Xmx3g -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.Carrot2Comparison \
 *   ../shared/data/clustering/googlenews lingo 2000 600
 * </pre>
 *
 * Arguments: the dataset folder, the algorithm ({@code newsdesk}, {@code kmeans}, {@code
 * kmeans-default}, {@code lingo}), how many items from the start of the file (default all), and a
 * cap in CPU seconds of the algorithm's thread (default 600).
 *
 * <p>Design decision: the cap counts CPU time, not wall time, because the machine is shared and a
 * wall-clock cap would measure the other jobs. A run over its cap is reported as not finished,
 * never as a score. Carrot2 gives each document to zero or more clusters: a document goes to the
 * largest cluster that holds it, and one in none is a story of its own.
 */
public final class Carrot2Comparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One GoogleNews item as a Carrot2 document, with its index in the stream. */
  private record Doc(int index, String text) implements Document {
    @Override
    public void visitFields(java.util.function.BiConsumer<String, String> fields) {
      fields.accept("content", text);
    }
  }

  private Carrot2Comparison() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String algorithm = args[1];
    List<GoogleNewsDataset.Item> all =
        GoogleNewsDataset.read(dir, GoogleNewsDataset.Variant.TITLE_AND_SNIPPET);
    int size = args.length > 2 ? Math.min(Integer.parseInt(args[2]), all.size()) : all.size();
    long capSeconds = args.length > 3 ? Long.parseLong(args[3]) : 600;
    List<GoogleNewsDataset.Item> items = all.subList(0, size);
    List<String> truth = items.stream().map(GoogleNewsDataset.Item::cluster).toList();
    int stories = (int) truth.stream().distinct().count();
    LanguageComponents english = LanguageComponents.loader().load().language("English");
    Callable<List<String>> task =
        switch (algorithm) {
          case "newsdesk" -> () -> ours(items);
          case "kmeans" -> () -> kmeans(items, english, stories);
          case "kmeans-default" -> () -> kmeans(items, english, 25);
          case "lingo" -> () -> lingo(items, english, stories);
          default -> throw new IllegalArgumentException("unknown algorithm: " + algorithm);
        };
    String name =
        String.format(
            Locale.ROOT,
            "%s%s on %d items",
            algorithm,
            switch (algorithm) {
              case "kmeans" -> " K=" + stories + " (told)";
              case "lingo" -> " K=" + Math.min(stories, 100) + " (told, capped at 100)";
              default -> "";
            },
            size);
    System.out.println(name + ", load average at start: " + loadAverage());
    run(name, task, capSeconds, truth);
    // A run over its cap may still be computing in its daemon thread.
    System.exit(0);
  }

  private static List<String> ours(List<GoogleNewsDataset.Item> items) {
    Pipeline pipeline = Pipeline.create();
    List<String> labels = new ArrayList<>();
    for (GoogleNewsDataset.Item item : items) {
      RawDocument doc =
          new RawDocument(
              "line#" + item.line(), ContentKind.TEXT_BODY, item.text(), ItemMetadata.none());
      try {
        labels.add(pipeline.accept(doc).story().value());
      } catch (RejectedItemException e) {
        labels.add("rejected#" + item.line());
      }
    }
    return labels;
  }

  private static List<String> kmeans(
      List<GoogleNewsDataset.Item> items, LanguageComponents english, int k) {
    BisectingKMeansClusteringAlgorithm algorithm = new BisectingKMeansClusteringAlgorithm();
    algorithm.clusterCount.set(k);
    // "A large term matrix": the default caps it at 37,500 cells, far too few for 11k items.
    algorithm.matrixBuilder.maximumMatrixSize.set(Integer.MAX_VALUE / 4);
    return labels(items.size(), algorithm.cluster(docs(items).stream(), english));
  }

  private static List<String> lingo(
      List<GoogleNewsDataset.Item> items, LanguageComponents english, int k) {
    LingoClusteringAlgorithm algorithm = new LingoClusteringAlgorithm();
    // Lingo accepts at most 100; it is told the true count up to that.
    algorithm.desiredClusterCount.set(Math.min(k, 100));
    return labels(items.size(), algorithm.cluster(docs(items).stream(), english));
  }

  private static List<Doc> docs(List<GoogleNewsDataset.Item> items) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      docs.add(new Doc(i, items.get(i).text()));
    }
    return docs;
  }

  /** Each document to the largest cluster holding it; a document in none is its own story. */
  private static List<String> labels(int size, List<Cluster<Doc>> clusters) {
    List<Cluster<Doc>> flat = new ArrayList<>();
    flatten(clusters, flat);
    flat.sort(Comparator.comparingInt((Cluster<Doc> c) -> -c.getDocuments().size()));
    Map<Integer, String> labelOf = new HashMap<>();
    for (int c = 0; c < flat.size(); c++) {
      for (Doc d : flat.get(c).getDocuments()) {
        labelOf.putIfAbsent(d.index(), "c" + c);
      }
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      labels.add(labelOf.getOrDefault(i, "none#" + i));
    }
    return labels;
  }

  private static void flatten(List<Cluster<Doc>> clusters, List<Cluster<Doc>> into) {
    for (Cluster<Doc> c : clusters) {
      into.add(c);
      flatten(c.getClusters(), into);
    }
  }

  /** Runs the task on its own daemon thread and reports it, or gives up after the CPU cap. */
  private static void run(
      String name, Callable<List<String>> task, long capSeconds, List<String> truth)
      throws InterruptedException {
    AtomicReference<List<String>> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(task.call());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    worker.setDaemon(true);
    long wallStart = System.nanoTime();
    worker.start();
    double cpu = 0;
    while (worker.isAlive()) {
      worker.join(500);
      long nanos = THREADS.getThreadCpuTime(worker.getId());
      cpu = nanos < 0 ? cpu : nanos / 1e9;
      if (cpu > capSeconds) {
        System.out.printf(
            Locale.ROOT,
            "%-40s not finished: over %d s of CPU (%.0f s wall)%n",
            name,
            capSeconds,
            (System.nanoTime() - wallStart) / 1e9);
        return;
      }
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    if (result.get() == null) {
      System.out.printf(Locale.ROOT, "%-40s failed (see the stack trace above)%n", name);
      return;
    }
    ClusteringScore s = ClusteringScore.of(result.get(), truth);
    System.out.printf(
        Locale.ROOT,
        "%-40s bcubed P/R/F1 %.3f / %.3f / %.3f  NMI %.3f  clusters %d of %d  CPU %.1f s  wall %.1f s%n",
        name,
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.bcubedF1(),
        s.nmi(),
        s.predictedClusters(),
        s.trueClusters(),
        cpu,
        wall);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
