package dev.newsdesk.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Marks containers inside the chosen article that look like furniture after all: link lists, tiny
 * fragments, and anything whose class or id weighs against it, as Readability's "clean
 * conditionally" step does.
 *
 * <p>An element holding more than half of its part's text is never furniture: it is the article
 * under a wrapper with an unlucky class name ({@code widget-container}).
 *
 * <p>Design decision: it marks instead of removing, so the same tree can be read again with other
 * choices (the whole-page fallback) without parsing the page twice.
 */
final class ConditionalCleaner {

  private ConditionalCleaner() {}

  static Set<Element> furniture(List<Element> roots, BlockStats stats) {
    Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element root : roots) {
      int half = stats.chars(root) / 2;
      for (Element e : root.getAllElements()) {
        if (e != root && stats.chars(e) <= half && isFurniture(e, stats)) {
          skip.add(e);
        }
      }
    }
    return skip;
  }

  private static boolean isFurniture(Element e, BlockStats stats) {
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    int weight = ClassWeights.weight(e);
    if (weight < 0) {
      return true;
    }
    if (!list && !tag.equals("div") && !tag.equals("section") && !tag.equals("table")) {
      return false;
    }
    if (stats.commas(e) >= 10) {
      return false;
    }
    int chars = stats.chars(e);
    double density = stats.linkDensity(e);
    if (!list && chars < 25 && !hasHeading(e)) {
      return chars > 0 || e.childrenSize() > 0;
    }
    if (!list && weight < 25 && density > 0.2) {
      return true;
    }
    if (list && density > 0.5) {
      return true;
    }
    return weight >= 25 && density > 0.5;
  }

  private static boolean hasHeading(Element e) {
    for (Element d : e.getAllElements()) {
      String tag = d.normalName();
      if (!tag.equals("h1") && PageCleaner.isHeading(tag)) {
        return true;
      }
    }
    return false;
  }
}
