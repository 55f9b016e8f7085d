package dev.newsdesk.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id suggest about it, in the Readability tradition.
 *
 * <p>Design decision: the patterns name page furniture in general (comments, share bars,
 * newsletters), never a particular site, so the weights carry to pages no one has tuned for.
 */
final class ClassWeights {

  static final KeywordSet POSITIVE =
      KeywordSet.of(
          "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry",
          "h-entry", "page", "prose");

  static final KeywordSet NEGATIVE =
      KeywordSet.of(
          "comment",
          "footer",
          "foot\\b",
          "nav",
          "sidebar",
          "related",
          "share",
          "sharing",
          "promo",
          "newsletter",
          "cookie",
          "subscri",
          "social",
          "widget",
          "menu",
          "breadcrumb",
          "caption",
          "masthead",
          "outbrain",
          "taboola",
          "sponsor",
          "banner",
          "popup",
          "modal",
          "recommend",
          "trending",
          "popular",
          "combx",
          "shoutbox",
          "skyscraper",
          "pagination",
          "pager",
          "tags\\b",
          "tag-list",
          "byline",
          "author-bio",
          "signup",
          "disqus",
          "|ad|",
          "|ads|",
          "advert",
          "-ad-",
          "\\bad-",
          "gdpr",
          "consent",
          "dateline",
          "timestamp",
          "entry-meta",
          "post-meta",
          "article-meta",
          "copyright",
          "disclaimer",
          "paywall");

  /**
   * Furniture so reliably not article text that an element matching it is removed before scoring
   * (unless it also matches {@link #MAYBE}).
   */
  static final KeywordSet UNLIKELY =
      KeywordSet.of(
          "comment",
          "community",
          "disqus",
          "footer",
          "sidebar",
          "related",
          "share",
          "sharing",
          "social",
          "newsletter",
          "cookie",
          "subscri",
          "signup",
          "breadcrumb",
          "menu",
          "masthead",
          "outbrain",
          "taboola",
          "sponsor",
          "popup",
          "modal",
          "recommend",
          "trending",
          "most-popular",
          "shoutbox",
          "skyscraper",
          "pagination",
          "pager",
          "gdpr",
          "consent",
          "|ad|",
          "|ads|",
          "advert",
          "-ad-",
          "\\bad-",
          "banner",
          "remark",
          "replies",
          "agegate",
          "print-only",
          "sr-only",
          "visually-hidden",
          "screen-reader");

  /** Words that keep an {@link #UNLIKELY} match from being removed: it may be the article. */
  static final KeywordSet MAYBE =
      KeywordSet.of(
          "and", "article", "body", "column", "content", "main", "shadow", "story", "entry",
          "post-");

  private ClassWeights() {}

  /** The lower-cased class and id of an element, space separated. */
  static String signature(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** -25, 0 or +25 for each of class and id, as Readability weighs them. */
  static int weight(Element e) {
    int w = 0;
    w += weigh(e.className().toLowerCase(Locale.ROOT));
    w += weigh(e.id().toLowerCase(Locale.ROOT));
    return w;
  }

  private static int weigh(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matches(s)) {
      w -= 25;
    }
    if (POSITIVE.matches(s)) {
      w += 25;
    }
    return w;
  }

  static boolean unlikely(Element e) {
    String sig = signature(e);
    return !sig.isEmpty() && UNLIKELY.matches(sig) && !MAYBE.matches(sig);
  }
}
