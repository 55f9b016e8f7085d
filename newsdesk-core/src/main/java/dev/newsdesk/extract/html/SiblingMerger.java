package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Widens the top candidate with its siblings that look like more of the same article: a good score
 * of their own, the candidate's class, or paragraph text that is dense and link-free.
 */
final class SiblingMerger {

  private SiblingMerger() {}

  /** The top candidate and the siblings that belong with it, in document order. */
  static List<Element> merge(Element top, ContentScorer scorer, BlockStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scorer.score(top);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus =
          !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      if (scorer.score(sibling) + bonus >= threshold) {
        out.add(sibling);
      } else if (isParagraphLike(sibling)) {
        int chars = stats.chars(sibling);
        double density = stats.linkDensity(sibling);
        String text = sibling.text();
        if (chars > 80 && density < 0.25) {
          out.add(sibling);
        } else if (chars > 0 && chars <= 80 && density == 0 && endsSentence(text)) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean isParagraphLike(Element e) {
    return e.nameIs("p") || (!ContentScorer.hasBlockChild(e) && !e.nameIs("a"));
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("\u3002");
  }
}
