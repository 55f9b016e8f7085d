package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture before scoring: elements that never hold article text (scripts, forms,
 * figures), hidden elements, landmark roles of the site's chrome and, in strict mode, elements
 * whose class or id names furniture.
 *
 * <p>Design decision: a structural element that holds more than half of the page's text is kept
 * whatever its tag or class says. Sites wrap whole pages in a {@code <form>} or a {@code <div
 * class="page-with-sidebar">}; removing those would remove the article with the chrome.
 */
final class PageCleaner {

  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "img",
          "map",
          "button",
          "input",
          "select",
          "textarea",
          "label",
          "link",
          "meta",
          "dialog",
          "figure",
          "figcaption",
          "math");

  private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header", "form");

  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation",
          "complementary",
          "contentinfo",
          "banner",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "search",
          "tooltip");

  private static final Set<String> KEEP_ALWAYS =
      Set.of("html", "body", "article", "main", "a", "table", "tbody", "tr", "td", "th", "p");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private PageCleaner() {}

  /**
   * Removes furniture under {@code root}; {@code strict} also removes by class and id. Returns the
   * block stats of what is left, kept up to date through the removals.
   */
  static BlockStats clean(Element root, boolean strict) {
    BlockStats stats = BlockStats.of(root);
    int total = Math.max(1, stats.chars(root));
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root && shouldRemove(e, strict, stats, total)) {
        doomed.add(e);
      }
    }
    // Document order: an ancestor is removed before its descendants, which are then detached
    // with it and no longer change the figures of the elements left in the tree.
    for (Element e : doomed) {
      stats.remove(e);
    }
    return stats;
  }

  private static boolean shouldRemove(Element e, boolean strict, BlockStats stats, int total) {
    String tag = e.normalName();
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    boolean majority = stats.chars(e) * 2 > total;
    if (hidden(e)) {
      return !majority;
    }
    if (CHROME.contains(tag) || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return !majority;
    }
    if (strict && !KEEP_ALWAYS.contains(tag) && ClassWeights.unlikely(e)) {
      return !majority;
    }
    if (strict && opensWithFurnitureHeading(e)) {
      return true;
    }
    return false;
  }

  /**
   * Whether {@code e} opens with a heading whose class or id marks it as furniture ({@code <h3
   * class="related-title">You may also like</h3>}): a block of teasers, removed whole even when its
   * excerpts outweigh the article, because they are dense prose that would otherwise outscore it.
   */
  private static boolean opensWithFurnitureHeading(Element e) {
    Element first = e.firstElementChild();
    return first != null
        && !e.nameIs("body")
        && isHeading(first.normalName())
        && ClassWeights.unlikely(first);
  }

  static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }
}
