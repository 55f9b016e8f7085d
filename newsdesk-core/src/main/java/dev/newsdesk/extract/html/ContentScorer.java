package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article by scoring paragraph-like blocks and passing their
 * scores up to their ancestors, as Readability does.
 *
 * <p>A block scores one point, one more per comma and one per hundred characters (at most three),
 * and gives its score to its parent in full, to its grandparent by half and to older ancestors by a
 * third per level. An ancestor starts from a base for its tag and its class weight, and its total
 * is cut by its link density. Not thread-safe; one instance per page.
 */
final class ContentScorer {

  private static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main");
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final BlockStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  ContentScorer(BlockStats stats) {
    this.stats = stats;
  }

  /** The best-scoring element under {@code root}, or null when no block had text enough. */
  Element topCandidate(Element root) {
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (!SCORED.contains(tag) && !CONTAINERS.contains(tag)) {
        continue;
      }
      if (!hasBlockChild(e)) {
        scoreBlock(e.parent(), stats.chars(e), stats.commas(e));
      } else if (stats.inlineChars(e) >= MIN_BLOCK_CHARS) {
        // Running text beside block children (a cell or div holding text and paragraphs):
        // Readability wraps it in a <p> of its own under this element. Its block children are
        // scored on their own, so the element's whole text must not be scored again.
        scoreBlock(e, stats.inlineChars(e), stats.commas(e) / 2);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    return best == null ? null : promote(best, root);
  }

  double score(Element e) {
    Double s = scores.get(e);
    return s == null ? 0 : s;
  }

  private void scoreBlock(Element parent, int chars, int commas) {
    if (chars < MIN_BLOCK_CHARS || parent == null) {
      return;
    }
    double points = 1 + commas + Math.min(chars / 100, 3);
    Element ancestor = parent;
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
      if (ancestor.parent() == null || ancestor.nameIs("html")) {
        return;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      Double current = scores.get(ancestor);
      double base = current != null ? current : initialScore(ancestor);
      scores.put(ancestor, base + points / divider);
      ancestor = ancestor.parent();
    }
  }

  private static double initialScore(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + ClassWeights.weight(e);
  }

  /**
   * Moves from the top candidate to an ancestor when several strong candidates share it, or when
   * the ancestor scores better, as Readability does for articles split over sibling containers.
   */
  private Element promote(Element top, Element root) {
    double topScore = score(top);
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && entry.getValue() >= topScore * 0.75) {
        alternatives.add(entry.getKey());
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      while (parent != null && parent != root && !parent.nameIs("body")) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    double last = score(top);
    Element parent = top.parent();
    double threshold = last / 3;
    while (parent != null && parent != root && !parent.nameIs("body")) {
      double ps = score(parent);
      if (ps == 0) {
        parent = parent.parent();
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    while (top.parent() != null
        && top.parent() != root
        && !top.parent().nameIs("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (BlockStats.isBlock(child) && !child.nameIs("br")) {
        return true;
      }
    }
    return false;
  }
}
