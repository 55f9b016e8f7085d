package dev.newsdesk.extract.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text length, link text length and comma count of every element under a root, computed once
 * bottom-up so later stages can ask about any element in constant time.
 *
 * <p>Design decision: lengths count non-space characters plus one per run of spaces, which is the
 * length of the whitespace-normalised text without building it. The snapshot goes stale when the
 * tree changes; callers recompute after removing nodes.
 */
final class BlockStats {

  /** Elements that start a new block of text; everything else flows inline. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "body",
          "html",
          "caption",
          "br");

  private final Map<Element, int[]> stats;
  private final int elements;

  private BlockStats(int elements) {
    this.elements = elements;
    this.stats = new IdentityHashMap<>(elements * 2);
  }

  static BlockStats of(Element root) {
    List<Element> all = root.getAllElements();
    BlockStats s = new BlockStats(all.size());
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int[] v = new int[4];
      boolean link = e.nameIs("a");
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode text) {
          int[] m = count(text.getWholeText());
          v[0] += m[0];
          v[2] += m[1];
          v[3] += m[0];
        } else if (child instanceof Element el) {
          int[] c = s.stats.get(el);
          if (c != null) {
            v[0] += c[0];
            v[1] += c[1];
            v[2] += c[2];
            if (!isBlock(el)) {
              v[3] += c[0];
            }
          }
        }
      }
      if (link) {
        v[1] = v[0];
      }
      s.stats.put(e, v);
    }
    return s;
  }

  /** How many elements the root held when the stats were taken. */
  int elements() {
    return elements;
  }

  /**
   * Removes {@code e} from the tree and from the figures of its ancestors, so that the stats stay
   * right without a second pass over the page. Exact for whole elements: a removed element's text
   * is taken off every ancestor, and off an ancestor's running text where it flowed inline.
   */
  void remove(Element e) {
    int[] gone = stats.get(e);
    if (gone != null) {
      Element below = e;
      boolean inLink = false;
      for (Element a = e.parent(); a != null; a = a.parent()) {
        int[] v = stats.get(a);
        if (v == null) {
          break;
        }
        inLink |= a.nameIs("a");
        v[0] -= gone[0];
        v[1] -= inLink ? gone[0] : gone[1];
        v[2] -= gone[2];
        if (!isBlock(below)) {
          v[3] -= gone[0];
        }
        below = a;
      }
    }
    e.remove();
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** Normalised text length of the element. */
  int chars(Element e) {
    int[] v = stats.get(e);
    return v == null ? 0 : v[0];
  }

  /** Text length inside links. */
  int linkChars(Element e) {
    int[] v = stats.get(e);
    return v == null ? 0 : v[1];
  }

  int commas(Element e) {
    int[] v = stats.get(e);
    return v == null ? 0 : v[2];
  }

  /** Text not inside a block child: the element's own running text. */
  int inlineChars(Element e) {
    int[] v = stats.get(e);
    return v == null ? 0 : v[3];
  }

  double linkDensity(Element e) {
    int c = chars(e);
    return c == 0 ? 0 : (double) linkChars(e) / c;
  }

  private static int[] count(String s) {
    int n = 0;
    int commas = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Texts.isSpace(c)) {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
        if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
          commas++;
        }
      }
    }
    return new int[] {n, commas};
  }
}
