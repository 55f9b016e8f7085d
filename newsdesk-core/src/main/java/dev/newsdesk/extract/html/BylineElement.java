package dev.newsdesk.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The byline a page shows in its markup, for pages whose metadata names no author: the first
 * visible element marked {@code rel="author"}, {@code itemprop="author"} or with a class or id such
 * as {@code byline}, {@code author} or {@code dateline}, whose text is short enough to be one.
 *
 * <p>Design decision: these are Mozilla Readability's byline rules, so the text is taken whole, as
 * the page shows it ("By Jane Doe", "Updated March 3") rather than guessed down to a name; only a
 * descendant marked {@code itemprop="name"} narrows it. Hidden elements are not searched; page
 * furniture is, because article headers are often marked {@code header} and hold the byline.
 */
final class BylineElement {

  private static final KeywordSet BYLINE =
      KeywordSet.of("byline", "author", "dateline", "writtenby", "p-author");

  /** Comment sections: their authors are readers, not the article's byline. */
  private static final KeywordSet COMMENTS = KeywordSet.of("comment", "disqus", "replies");

  /** Longer than this, a marked element is a bio or a teaser, not a byline. */
  private static final int MAX_CHARS = 100;

  private BylineElement() {}

  /** The byline shown in {@code doc}, whitespace collapsed, or null. */
  static String find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    Element[] found = new Element[1];
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (found[0] != null) {
              return FilterResult.STOP;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("script")
                || e.nameIs("style")
                || e.nameIs("noscript")
                || hidden(e)
                || COMMENTS.matches(e.className().toLowerCase(Locale.ROOT))
                || COMMENTS.matches(e.id().toLowerCase(Locale.ROOT))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (isByline(e)) {
              found[0] = e;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        });
    if (found[0] == null) {
      return null;
    }
    Element name = found[0].selectFirst("[itemprop~=name]");
    String text = Texts.normalize(textContent(name != null ? name : found[0]));
    return text.isEmpty() ? null : text;
  }

  private static boolean isByline(Element e) {
    boolean marked =
        BYLINE.matches(e.className().toLowerCase(Locale.ROOT))
            || BYLINE.matches(e.id().toLowerCase(Locale.ROOT))
            || e.attr("rel").equals("author")
            || e.attr("itemprop").contains("author");
    if (!marked) {
      return false;
    }
    int length = textContent(e).strip().length();
    return length > 0 && length < MAX_CHARS;
  }

  private static boolean hidden(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none")
        || style.contains("visibility:hidden")
        || e.hasAttr("hidden")
        || (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image"));
  }

  /** The text of every text node under {@code e}, joined as the DOM's textContent joins it. */
  static String textContent(Element e) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t && !inSkipped(t)) {
                out.append(t.getWholeText());
              }
            },
        e);
    return out.toString();
  }

  private static boolean inSkipped(TextNode t) {
    return t.parentNode() instanceof Element p && p.nameIs("noscript");
  }
}
