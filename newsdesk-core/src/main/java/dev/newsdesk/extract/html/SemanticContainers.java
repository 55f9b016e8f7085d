package dev.newsdesk.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The container a page itself marks as the article: {@code itemprop=articleBody}, a class or id
 * that names the article body, an {@code <article>}, or {@code <main>}, in that order of trust.
 *
 * <p>Design decision: markup is a claim, not a fact. Pages put {@code <article>} around teasers and
 * {@code <main>} around everything, so the caller weighs the marked container against the scored
 * one rather than taking it on trust. All five kinds of mark are looked for in one walk over the
 * page.
 */
final class SemanticContainers {

  private static final KeywordSet BODY_CLASS =
      KeywordSet.of(
          "|article-body|",
          "|articlebody|",
          "|article__body|",
          "|article-content|",
          "|articlecontent|",
          "|article__content|",
          "|article-text|",
          "|articletext|",
          "|story-body|",
          "|storybody|",
          "|story__body|",
          "|story-content|",
          "|storycontent|",
          "|story-text|",
          "|storytext|",
          "|entry-content|",
          "|entrycontent|",
          "|entry-body|",
          "|entrybody|",
          "|post-content|",
          "|postcontent|",
          "|post-body|",
          "|postbody|",
          "|post__content|",
          "|post-text|",
          "|posttext|",
          "|post-entry|",
          "|postentry|",
          "|body-text|",
          "|bodytext|",
          "|content-body|",
          "|contentbody|",
          "|rich-text|",
          "|richtext|",
          "|text-body|",
          "|textbody|",
          "|field-body|",
          "|fieldbody|",
          "|field-name-body|",
          "|article-main|",
          "|articlemain|",
          "|main-article|",
          "|mainarticle|",
          "|single-content|",
          "|singlecontent|",
          "|blog-content|",
          "|blogcontent|",
          "|news-body|",
          "|newsbody|",
          "|news-content|",
          "|newscontent|",
          "|news-text|",
          "|newstext|");

  private static final int LEVELS = 5;

  private SemanticContainers() {}

  /** The most trusted marked container with at least {@code minChars} of text, or null. */
  static Element find(Element body, BlockStats stats, int minChars) {
    Element[] best = new Element[LEVELS];
    for (Element e : body.getAllElements()) {
      for (int level = 0; level < LEVELS; level++) {
        if (marks(e, level) && (best[level] == null || stats.chars(e) > stats.chars(best[level]))) {
          best[level] = e;
        }
      }
    }
    for (Element e : best) {
      if (e != null && stats.chars(e) >= minChars) {
        return e;
      }
    }
    return null;
  }

  private static boolean marks(Element e, int level) {
    return switch (level) {
      case 0 -> e.attr("itemprop").strip().equalsIgnoreCase("articleBody");
      case 1 -> BODY_CLASS.matches(e.className());
      case 2 -> BODY_CLASS.matches(e.id());
      case 3 -> e.nameIs("article");
      default -> e.nameIs("main") || e.attr("role").toLowerCase(Locale.ROOT).equals("main");
    };
  }
}
