package dev.newsdesk.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The container a page itself marks as the article: {@code itemprop=articleBody}, a class or id
 * that names the article body, an {@code <article>}, or {@code <main>}, in that order of trust.
 *
 * <p>Design decision: markup is a claim, not a fact. Pages put {@code <article>} around teasers and
 * {@code <main>} around everything, so the caller weighs the marked container against the scored
 * one rather than taking it on trust.
 */
final class SemanticContainers {

  private static final Pattern BODY_CLASS =
      Pattern.compile(
          "(^|[\\s_-])(article-?body|article__body|article-?content|article__content|article-?text"
              + "|story-?body|story__body|story-?content|story-?text|entry-?content|entry-?body"
              + "|post-?content|post-?body|post__content|post-?text|post-?entry|body-?text"
              + "|content-?body|rich-?text|text-?body|field-?body|field-name-body|article-?main"
              + "|main-?article|single-?content|blog-?content|news-?body|news-?content|news-?text)"
              + "($|[\\s_-])");

  private SemanticContainers() {}

  /** The most trusted marked container with at least {@code minChars} of text, or null. */
  static Element find(Element body, BlockStats stats, int minChars) {
    List<List<Element>> levels =
        List.of(
            body.select("[itemprop=articleBody], [itemprop=articlebody]"),
            body.getElementsByAttributeValueMatching("class", BODY_CLASS),
            body.getElementsByAttributeValueMatching("id", BODY_CLASS),
            body.getElementsByTag("article"),
            body.select("main, [role=main]"));
    for (List<Element> level : levels) {
      Element best = null;
      for (Element e : level) {
        if (best == null || stats.chars(e) > stats.chars(best)) {
          best = e;
        }
      }
      if (best != null && stats.chars(best) >= minChars) {
        return best;
      }
    }
    return null;
  }
}
