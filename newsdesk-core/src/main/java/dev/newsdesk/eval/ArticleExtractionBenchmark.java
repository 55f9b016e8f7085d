package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the article-extraction benchmark (Zyte / Scrapinghub): {@code html/<id>.html.gz} pages and
 * {@code ground-truth.json}, {@code {"<id>": {"articleBody": …, "url": …}}}, plus prediction files
 * of the same shape.
 *
 * <p>Pages are read lazily, one at a time, so a whole run need not hold every page in memory.
 * Stateless and thread-safe.
 */
public final class ArticleExtractionBenchmark {

  /** The base URL upstream passes to extractors with each page. */
  public static final String BASE_URL = "https://fake-url.com";

  /**
   * One benchmark page.
   *
   * @param id the 64-hex-character page id
   * @param html the page, gunzipped and decoded as UTF-8
   * @param expectedBody the ground-truth article body, paragraphs separated by blank lines
   * @param url the page's original URL
   */
  public record Case(String id, String html, String expectedBody, String url) {
    public Case {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(expectedBody, "expectedBody");
      Objects.requireNonNull(url, "url");
    }
  }

  private record Truth(String body, String url) {}

  private ArticleExtractionBenchmark() {}

  /**
   * The benchmark's pages in ascending id order. The ground truth is read and every page file is
   * checked to exist now; each page is read when the stream reaches it (an unreadable page then
   * throws {@link java.io.UncheckedIOException} or {@link DatasetFormatException}).
   *
   * @param dir the benchmark folder, holding {@code ground-truth.json} and {@code html/}
   */
  public static Stream<Case> cases(Path dir) throws IOException {
    Map<String, Truth> truth = readTruth(dir.resolve("ground-truth.json"));
    for (String id : truth.keySet()) {
      Path page = page(dir, id);
      if (!Files.isRegularFile(page)) {
        throw new DatasetFormatException(
            dir.resolve("ground-truth.json"), "lists " + id + " but " + page + " does not exist");
      }
    }
    return truth.entrySet().stream()
        .map(
            e ->
                new Case(
                    e.getKey(),
                    DatasetFiles.readGzipUtf8Unchecked(page(dir, e.getKey())),
                    e.getValue().body(),
                    e.getValue().url()));
  }

  /** The ground-truth article bodies by id, in ascending id order. */
  public static Map<String, String> expectedBodies(Path dir) throws IOException {
    Map<String, String> bodies = new TreeMap<>();
    readTruth(dir.resolve("ground-truth.json")).forEach((id, t) -> bodies.put(id, t.body()));
    return bodies;
  }

  /**
   * Predicted article bodies by id from a file in the benchmark's output shape: either {@code {id:
   * {"articleBody": …}}} or the wrapped {@code {"version": …, "output": {id: {…}}}}. A null body
   * reads as an empty string.
   */
  public static Map<String, String> readPredictions(Path file) throws IOException {
    JsonNode root = DatasetFiles.readJson(file);
    if (root.has("output") && root.get("output").isObject()) {
      root = root.get("output");
    }
    requireObject(root, file, "the top level");
    Map<String, String> bodies = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      requireObject(e.getValue(), file, "entry " + e.getKey());
      String body = DatasetFiles.optionalString(e.getValue(), "articleBody", file, 0, e.getKey());
      bodies.put(e.getKey(), body == null ? "" : body);
    }
    return bodies;
  }

  private static Map<String, Truth> readTruth(Path file) throws IOException {
    JsonNode root = DatasetFiles.readJson(file);
    requireObject(root, file, "the top level");
    Map<String, Truth> truth = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String id = e.getKey();
      requireObject(e.getValue(), file, "entry " + id);
      truth.put(
          id,
          new Truth(
              DatasetFiles.requiredString(e.getValue(), "articleBody", file, 0, id),
              DatasetFiles.requiredString(e.getValue(), "url", file, 0, id)));
    }
    return truth;
  }

  private static Path page(Path dir, String id) {
    if (id.contains("/") || id.contains("\\") || id.startsWith(".")) {
      throw new DatasetFormatException(
          dir.resolve("ground-truth.json"), "id " + id + " is not a plain file name");
    }
    return dir.resolve("html").resolve(id + ".html.gz");
  }

  private static void requireObject(JsonNode node, Path file, String where) {
    if (!node.isObject()) {
      throw new DatasetFormatException(
          file, where + " must be a JSON object, found " + DatasetFiles.describe(node));
    }
  }
}
