package dev.newsdesk.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and the metadata of a news or blog page.
 *
 * <p>Thread-safe and deterministic: an instance holds only its configuration, and each call parses
 * its own document.
 *
 * <p>Design decision: a bad page is a normal input, not an error. Oversized input is truncated,
 * nesting deeper than {@link HtmlExtractionConfig#maxDepth()} is flattened by the parser, and any
 * failure inside extraction yields whatever was found before it (at worst an empty extraction).
 */
public final class HtmlArticleExtractor {

  private final HtmlExtractionConfig config;

  public HtmlArticleExtractor(HtmlExtractionConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Extracts from {@code html}, resolving relative URLs against {@code baseUri} (may be null).
   * Never throws on bad HTML; returns best effort.
   */
  public HtmlExtraction extract(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return HtmlExtraction.empty();
    }
    String source =
        html.length() > config.maxHtmlChars() ? html.substring(0, config.maxHtmlChars()) : html;
    HtmlExtraction meta = HtmlExtraction.empty();
    try {
      Parser parser = Parser.htmlParser().setMaxDepth(config.maxDepth());
      Document doc = Jsoup.parse(source, baseUri == null ? "" : baseUri, parser);
      meta = MetadataReader.read(doc);
      Element body = doc.body();
      List<String> paragraphs = body == null ? List.of() : MainTextExtractor.extract(body, config);
      String excerpt =
          meta.description() != null ? meta.description() : firstParagraph(body, paragraphs);
      return withParagraphs(meta, excerpt, paragraphs);
    } catch (RuntimeException e) {
      return meta;
    }
  }

  /**
   * The first {@code <p>} of the main text, the summary of a page that gives none. Headings, list
   * items and captions do not count: they are not prose that introduces the article.
   */
  private static String firstParagraph(Element body, List<String> paragraphs) {
    if (body == null || paragraphs.isEmpty()) {
      return null;
    }
    Set<String> main = new HashSet<>(paragraphs);
    for (Element p : body.getElementsByTag("p")) {
      String text = Texts.normalize(p.text());
      if (main.contains(text)) {
        return text;
      }
    }
    return null;
  }

  private static HtmlExtraction withParagraphs(
      HtmlExtraction m, String description, List<String> paragraphs) {
    return new HtmlExtraction(
        m.title(),
        m.byline(),
        m.published(),
        m.publishedAt(),
        m.siteName(),
        m.canonicalUrl(),
        m.language(),
        description,
        paragraphs);
  }
}
