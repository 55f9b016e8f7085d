package dev.newsdesk.bench;

import dev.newsdesk.eval.ArticleExtractionBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of the article-extraction benchmark (Zyte), read into memory once.
 *
 * <p>Design decision: a missing dataset is an error with a message saying where it was looked for
 * and how to point elsewhere, never an empty run that would report an absurd throughput.
 */
final class BenchmarkPages {
  /** Relative to the repository root, where the benchmarks are run from. */
  static final String DEFAULT_DIR = "../shared/data/extraction/article-extraction-benchmark";

  /** The number of pages in the dataset; throughput figures are per page. */
  static final int PAGES = 181;

  private BenchmarkPages() {}

  /** Every page, in ascending id order. */
  static List<ArticleExtractionBenchmark.Case> load(String dir) throws IOException {
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path.resolve("ground-truth.json"))
        || !Files.isDirectory(path.resolve("html"))) {
      throw new IllegalStateException(
          "the article-extraction benchmark is not at "
              + path
              + " (expected ground-truth.json and html/ there). Run from the repository root, or"
              + " pass its folder: -p dataset=/path/to/article-extraction-benchmark");
    }
    List<ArticleExtractionBenchmark.Case> cases;
    try (Stream<ArticleExtractionBenchmark.Case> stream = ArticleExtractionBenchmark.cases(path)) {
      cases = stream.toList();
    }
    if (cases.size() != PAGES) {
      throw new IllegalStateException(
          path + " holds " + cases.size() + " pages; the benchmark is written for " + PAGES);
    }
    return cases;
  }
}
