package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the GoogleNews short-text clustering benchmark (GoogleNews-T, -S and -TS): JSON lines
 * {@code {"text": "…", "cluster": <int>}}, line i being the same news item in all three files.
 *
 * <p>Lines are parsed one at a time as they are read. Blank lines are skipped. Stateless and
 * thread-safe.
 */
public final class GoogleNewsDataset {

  /** The three published variants, by which text they keep of each item. */
  public enum Variant {
    TITLE("googlenews-T.jsonl"),
    SNIPPET("googlenews-S.jsonl"),
    TITLE_AND_SNIPPET("googlenews-TS.jsonl");

    private final String fileName;

    Variant(String fileName) {
      this.fileName = fileName;
    }

    /** The variant's file in the dataset folder. */
    public Path file(Path dir) {
      return dir.resolve(fileName);
    }
  }

  /**
   * One item.
   *
   * @param line the item's 1-based line in its file
   * @param text the preprocessed text (lower-cased, stemmed, stop words removed upstream)
   * @param cluster the true story cluster, as a label
   */
  public record Item(int line, String text, String cluster) {
    public Item {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(cluster, "cluster");
    }
  }

  private GoogleNewsDataset() {}

  /** The items of one variant in file order. */
  public static List<Item> read(Path dir, Variant variant) throws IOException {
    return read(variant.file(dir));
  }

  /** The items of a file in file order. */
  public static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    int number = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          items.add(item(file, number, line));
        }
      }
    } catch (CharacterCodingException e) {
      throw new DatasetFormatException(file, number + 1, "not valid UTF-8", e);
    }
    return items;
  }

  private static Item item(Path file, int number, String line) {
    JsonNode json = DatasetFiles.parseJson(file, number, line);
    if (!json.isObject()) {
      throw new DatasetFormatException(file, number, "expected a JSON object per line");
    }
    String text = DatasetFiles.requiredString(json, "text", file, number, "item");
    JsonNode cluster = json.get("cluster");
    if (cluster == null || !(cluster.isIntegralNumber() || cluster.isTextual())) {
      throw new DatasetFormatException(
          file,
          number,
          "\"cluster\" must be an integer or a string, found " + DatasetFiles.describe(cluster));
    }
    return new Item(number, text, cluster.asText());
  }
}
