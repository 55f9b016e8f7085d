package dev.newsdesk.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
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
 * nesting deeper than {@link HtmlExtractionConfig#maxDepth()} is flattened by the parser, a page
 * with more elements than {@link HtmlExtractionConfig#maxNodes()} or one that spends its time
 * budget is collected the cheap way, and any failure inside extraction yields whatever was found
 * before it (at worst an empty extraction). Only input that cannot be a page at all (empty, binary)
 * is refused, and {@link #problem} says why, for callers that report rejections.
 */
public final class HtmlArticleExtractor {

  /** How much of the input {@link #problem} looks at: enough to tell, cheap for a huge page. */
  private static final int SNIFF_CHARS = 65_536;

  /** Control and replacement characters above this share mark binary content decoded as text. */
  private static final double MAX_BINARY_SHARE = 0.05;

  private final HtmlExtractionConfig config;
  private final LongSupplier nanoTime;

  public HtmlArticleExtractor(HtmlExtractionConfig config) {
    this(config, System::nanoTime);
  }

  /** With the source of time the budget is measured by, so tests can run out of it on purpose. */
  HtmlArticleExtractor(HtmlExtractionConfig config, LongSupplier nanoTime) {
    this.config = Objects.requireNonNull(config, "config");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * Why {@code html} cannot hold an article at all, or empty when it may: it is empty, or it is
   * binary content (an image, an archive) decoded as text. Looks at the first 64 KB only.
   */
  public Optional<String> problem(String html) {
    if (html == null || html.isBlank()) {
      return Optional.of("the page is empty");
    }
    int n = Math.min(html.length(), SNIFF_CHARS);
    int binary = 0;
    for (int i = 0; i < n; i++) {
      char c = html.charAt(i);
      if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
        binary++;
      }
    }
    if (binary > MAX_BINARY_SHARE * n) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "not HTML: %d of the first %d characters are control or undecodable bytes",
              binary,
              n));
    }
    return Optional.empty();
  }

  /**
   * Extracts from {@code html}, resolving relative URLs against {@code baseUri} (may be null).
   * Never throws on bad HTML; returns best effort, and an empty extraction for input that {@link
   * #problem} rejects.
   */
  public HtmlExtraction extract(String html, String baseUri) {
    if (problem(html).isPresent()) {
      return HtmlExtraction.empty();
    }
    long deadline = nanoTime.getAsLong() + config.maxMillis() * 1_000_000L;
    BooleanSupplier outOfTime = () -> nanoTime.getAsLong() - deadline > 0;
    String source =
        html.length() > config.maxHtmlChars() ? html.substring(0, config.maxHtmlChars()) : html;
    HtmlExtraction meta = HtmlExtraction.empty();
    try {
      Document doc = parse(source, baseUri);
      meta = MetadataReader.read(doc);
      Element body = doc.body();
      List<String> paragraphs =
          body == null
              ? List.of()
              : EdgeBoilerplate.trim(
                  MainTextExtractor.extract(
                      body, () -> parse(source, baseUri).body(), config, outOfTime),
                  meta.title());
      String excerpt =
          meta.description() != null ? meta.description() : firstParagraph(body, paragraphs);
      return withParagraphs(meta, excerpt, paragraphs);
    } catch (RuntimeException | StackOverflowError e) {
      // Best effort: whatever metadata was read before the failure is still worth returning.
      return meta;
    }
  }

  private Document parse(String source, String baseUri) {
    Parser parser = Parser.htmlParser().setMaxDepth(config.maxDepth());
    return Jsoup.parse(source, baseUri == null ? "" : baseUri, parser);
  }

  /**
   * The first paragraph of the main text, the summary of a page that gives none, as Readability
   * picks it: the first {@code <p>}, or {@code <div>} holding only running text (which Readability
   * turns into a paragraph), whose text is in the main text, read whole as the DOM's {@code
   * textContent} reads it. Headings, list items and captions do not count: they are not prose that
   * introduces the article.
   */
  private static String firstParagraph(Element body, List<String> paragraphs) {
    if (body == null || paragraphs.isEmpty()) {
      return null;
    }
    Set<String> main = new HashSet<>(paragraphs);
    for (Element e : body.getAllElements()) {
      boolean paragraph = e.nameIs("p") || (e.nameIs("div") && !ContentScorer.hasBlockChild(e));
      if (!paragraph) {
        continue;
      }
      String text = Texts.normalize(e.text());
      if (text.isEmpty()) {
        continue;
      }
      if (main.contains(text) || containsPart(text, paragraphs)) {
        return Texts.normalize(BylineElement.textContent(e));
      }
    }
    return null;
  }

  /** Whether a paragraph of the main text is a line of {@code text} (a paragraph split at br). */
  private static boolean containsPart(String text, List<String> paragraphs) {
    for (String p : paragraphs) {
      if (p.length() >= 10 && text.startsWith(p)) {
        return true;
      }
    }
    return false;
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
