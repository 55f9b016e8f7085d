package dev.newsdesk.extract;

import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtraction;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.util.Optional;

/**
 * The front door of extraction. HTML is reduced to its main-text paragraphs and metadata first;
 * then every item, whatever its shape, goes through the same text-level boilerplate removal, so a
 * caption or a promo is removed the same way from a page, a feed item or a text dump.
 *
 * <p>What the container said (a JSONL or feed field) is trusted over what the page says of itself.
 */
public final class ArticleExtractor implements Extractor {
  private final HtmlArticleExtractor html;
  private final TextArticleExtractor text = new TextArticleExtractor();

  public ArticleExtractor(HtmlExtractionConfig config) {
    this.html = new HtmlArticleExtractor(config);
  }

  @Override
  public Article extract(RawDocument doc) throws RejectedItemException {
    if (doc.kind() != ContentKind.HTML) {
      return text.extract(doc);
    }
    Optional<String> problem = html.problem(doc.body());
    if (problem.isPresent()) {
      throw new RejectedItemException(problem.get());
    }
    ItemMetadata given = doc.metadata();
    HtmlExtraction page = html.extract(doc.body(), given.url() == null ? "" : given.url());
    if (page.paragraphs().isEmpty()) {
      throw new RejectedItemException("no main text found in the HTML");
    }
    ItemMetadata merged =
        new ItemMetadata(
            first(given.url(), page.canonicalUrl()),
            first(given.source(), page.siteName()),
            first(given.title(), page.title()),
            given.published() != null ? given.published() : page.published(),
            given.publishedAt() != null ? given.publishedAt() : page.publishedAt(),
            first(given.byline(), page.byline()),
            first(given.language(), page.language()));
    String body = String.join("\n", page.paragraphs());
    return text.extract(new RawDocument(doc.input(), ContentKind.TEXT_BODY, body, merged));
  }

  private static String first(String preferred, String fallback) {
    return preferred != null && !preferred.isBlank() ? preferred : fallback;
  }
}
