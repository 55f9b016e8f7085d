package dev.newsdesk.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One-line access to the fixture pages under {@code src/test/resources/extract/html/}. */
final class Fixtures {

  static final HtmlArticleExtractor EXTRACTOR =
      new HtmlArticleExtractor(HtmlExtractionConfig.defaults());

  private Fixtures() {}

  static String page(String name) {
    String path = "/extract/html/" + name + ".html";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HtmlExtraction extract(String name) {
    return EXTRACTOR.extract(page(name), "https://news.example/" + name);
  }
}
