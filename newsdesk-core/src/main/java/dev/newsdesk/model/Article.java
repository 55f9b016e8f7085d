package dev.newsdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An item's cleaned main text and metadata: the output of extraction.
 *
 * @param source the outlet, when knowable; else null
 * @param title the title, without site suffix; may be null for a snippet
 * @param published publication date, or null when unknown
 * @param publishedAt publication instant when the time of day is known, else null
 * @param language ISO 639-1 code, {@code "und"} when undetermined
 * @param paragraphs the cleaned main text, one entry a paragraph, boilerplate removed
 * @param truncated true when the text was cut off by its publisher (a trailing ellipsis)
 */
public record Article(
    ArticleId id,
    String input,
    String url,
    String source,
    String title,
    String byline,
    LocalDate published,
    Instant publishedAt,
    String language,
    List<String> paragraphs,
    boolean truncated) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The main text: paragraphs joined by blank lines. Spans of analysis point into this string. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  public Article withLanguage(String code) {
    return new Article(
        id, input, url, source, title, byline, published, publishedAt, code, paragraphs, truncated);
  }
}
