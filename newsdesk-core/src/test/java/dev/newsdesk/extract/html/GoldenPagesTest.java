package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-shaped news pages written for this test, through the whole extraction stage (HTML, then
 * text-level boilerplate removal) as the pipeline runs it, one folder each under {@code
 * extract/golden/}: {@code page.html}, the main text a reader should get ({@code expected.txt},
 * paragraphs separated by blank lines) and the metadata ({@code expected-metadata.json}; a null
 * value means the page does not say, and the extractor must not invent one).
 */
class GoldenPagesTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final ArticleExtractor STAGE =
      new ArticleExtractor(HtmlExtractionConfig.defaults());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jsonld-news-article",
        "opengraph-only-blog-post",
        "live-blog",
        "paywall-teaser",
        "photo-gallery-with-captions",
        "embedded-tweet",
        "related-links-after-article",
        "comments-longer-than-article",
        "rtl-arabic-article",
        "german-article-with-microdata",
        "table-layout-old-site",
        "explainer-with-headings-and-lists"
      })
  void thePageGivesExactlyItsArticleTextAndMetadata(String name) throws Exception {
    Article x =
        STAGE.extract(
            new RawDocument(
                name,
                ContentKind.HTML,
                read(name, "page.html"),
                new ItemMetadata(
                    "https://news.example/" + name, null, null, null, null, null, null)));

    assertThat(x.paragraphs()).as(name).containsExactlyElementsOf(expectedParagraphs(name));
    JsonNode meta = JSON.readTree(read(name, "expected-metadata.json"));
    Map<String, String> got = new LinkedHashMap<>();
    Map<String, String> want = new LinkedHashMap<>();
    meta.fields()
        .forEachRemaining(
            f -> {
              want.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText());
              got.put(f.getKey(), field(x, f.getKey()));
            });
    assertThat(got).as(name).isEqualTo(want);
  }

  private static List<String> expectedParagraphs(String name) {
    return Arrays.stream(read(name, "expected.txt").strip().split("\n\n"))
        .map(String::strip)
        .toList();
  }

  private static String field(Article x, String key) {
    return switch (key) {
      case "title" -> x.title();
      case "byline" -> x.byline();
      case "published" -> x.published() == null ? null : x.published().toString();
      case "language" -> x.language();
      case "site" -> x.source();
      default -> throw new IllegalArgumentException("unknown metadata field " + key);
    };
  }

  private static String read(String name, String file) {
    String path = "/extract/golden/" + name + "/" + file;
    try (InputStream in = GoldenPagesTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
