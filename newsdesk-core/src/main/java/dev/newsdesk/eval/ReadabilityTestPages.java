package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads Mozilla Readability's test pages: {@code pages/<name>/} folders, each holding {@code
 * source.html}, {@code expected.html} (the expected article content) and {@code
 * expected-metadata.json}.
 *
 * <p>Pages are read lazily, one folder at a time. Stateless and thread-safe.
 */
public final class ReadabilityTestPages {

  /** The document URL upstream gives every page, which matters for resolving relative links. */
  public static final String BASE_URL = "http://fakehost/test/page.html";

  /**
   * The expected metadata of a page. Fields absent from the file, or null in it, are null.
   *
   * @param readerable whether upstream's {@code isProbablyReaderable} should accept the page
   */
  public record Metadata(
      String title,
      String byline,
      String dir,
      String lang,
      String excerpt,
      String siteName,
      String publishedTime,
      boolean readerable) {}

  /**
   * One test page.
   *
   * @param sourceHtml the input page as stored (upstream strips comments before parsing it)
   * @param expectedHtml the expected article content, a {@code div} fragment
   * @param expectedText the text of {@code expectedHtml}, paragraphs separated by blank lines
   */
  public record Page(
      String name, String sourceHtml, String expectedHtml, String expectedText, Metadata metadata) {
    public Page {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sourceHtml, "sourceHtml");
      Objects.requireNonNull(expectedHtml, "expectedHtml");
      Objects.requireNonNull(expectedText, "expectedText");
      Objects.requireNonNull(metadata, "metadata");
    }
  }

  private ReadabilityTestPages() {}

  /** The page names, in ascending order. {@code dir} is the folder holding {@code pages/}. */
  public static List<String> names(Path dir) throws IOException {
    try (Stream<Path> folders = Files.list(dir.resolve("pages"))) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** All pages in name order, each read when the stream reaches it. */
  public static Stream<Page> pages(Path dir) throws IOException {
    return names(dir).stream()
        .map(
            name -> {
              try {
                return page(dir, name);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read page " + name, e);
              }
            });
  }

  /** One page by name. */
  public static Page page(Path dir, String name) throws IOException {
    Path folder = dir.resolve("pages").resolve(name);
    String expectedHtml = DatasetFiles.readUtf8(folder.resolve("expected.html"));
    return new Page(
        name,
        DatasetFiles.readUtf8(folder.resolve("source.html")),
        expectedHtml,
        HtmlText.of(expectedHtml),
        metadata(folder.resolve("expected-metadata.json")));
  }

  /**
   * The text of an HTML fragment as {@link Page#expectedText()} gives it: block elements start
   * paragraphs (joined by a blank line), {@code br} starts a line, whitespace collapses.
   */
  public static String text(String html) {
    return HtmlText.of(html);
  }

  private static Metadata metadata(Path file) throws IOException {
    JsonNode json = DatasetFiles.readJson(file);
    if (!json.isObject()) {
      throw new DatasetFormatException(file, "metadata must be a JSON object");
    }
    JsonNode readerable = json.get("readerable");
    if (readerable == null || !readerable.isBoolean()) {
      throw new DatasetFormatException(
          file, "\"readerable\" must be true or false, found " + DatasetFiles.describe(readerable));
    }
    String where = "metadata";
    return new Metadata(
        DatasetFiles.optionalString(json, "title", file, 0, where),
        DatasetFiles.optionalString(json, "byline", file, 0, where),
        DatasetFiles.optionalString(json, "dir", file, 0, where),
        DatasetFiles.optionalString(json, "lang", file, 0, where),
        DatasetFiles.optionalString(json, "excerpt", file, 0, where),
        DatasetFiles.optionalString(json, "siteName", file, 0, where),
        DatasetFiles.optionalString(json, "publishedTime", file, 0, where),
        readerable.booleanValue());
  }
}
