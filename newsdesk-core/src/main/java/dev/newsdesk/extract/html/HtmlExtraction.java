package dev.newsdesk.extract.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlArticleExtractor} found in one page. Every field but {@code paragraphs} may be
 * null when the page does not say.
 *
 * @param title the headline, without a trailing site name
 * @param byline the author or authors, comma separated, as the page names them
 * @param published the publication date as the publisher's own calendar shows it
 * @param publishedAt the publication instant, only when the page gives a time with an offset
 * @param siteName the outlet's name
 * @param canonicalUrl the absolute canonical URL
 * @param language the primary language subtag in lower case ({@code "en"} for {@code en-US})
 * @param description the page's own summary or, when it gives none, the first {@code <p>} of the
 *     main text
 * @param paragraphs the main text, one plain-text paragraph (or heading, or list item) an entry,
 *     whitespace collapsed; empty when nothing article-like was found
 */
public record HtmlExtraction(
    String title,
    String byline,
    LocalDate published,
    Instant publishedAt,
    String siteName,
    String canonicalUrl,
    String language,
    String description,
    List<String> paragraphs) {

  public HtmlExtraction {
    paragraphs = List.copyOf(paragraphs);
  }

  static HtmlExtraction empty() {
    return new HtmlExtraction(null, null, null, null, null, null, null, null, List.of());
  }

  /** The main text: paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
