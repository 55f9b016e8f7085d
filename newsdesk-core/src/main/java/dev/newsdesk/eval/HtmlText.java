package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML fragment with its paragraph structure: each block element (p, div,
 * li, h1…h6, blockquote, td, …) starts a new paragraph, {@code br} starts a new line, runs of
 * whitespace (no-break space included) collapse to one space, and lines are trimmed. Inside {@code
 * pre} the line breaks of the source are kept, its indentation is not. Paragraphs are joined by a
 * blank line, as in the extraction benchmark's ground truth.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "dd",
          "details",
          "dialog",
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
          "hr",
          "li",
          "main",
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
          "ul");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private HtmlText() {}

  static String of(String html) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(html).body());
    collector.endParagraph();
    return String.join("\n\n", collector.paragraphs);
  }

  private static final class Collector implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preformatted;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String whole = text.getWholeText();
        current.append(preformatted > 0 ? whole : SPACES.matcher(whole).replaceAll(" "));
      } else if (node instanceof Element element) {
        if (element.nameIs("br")) {
          current.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          endParagraph();
        }
        preformatted += element.nameIs("pre") ? 1 : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        preformatted -= element.nameIs("pre") ? 1 : 0;
        if (BLOCKS.contains(element.normalName())) {
          endParagraph();
        }
      }
    }

    void endParagraph() {
      List<String> lines = new ArrayList<>();
      for (String line : current.toString().split("\n", -1)) {
        String clean = SPACES.matcher(line).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
          lines.add(clean);
        }
      }
      current.setLength(0);
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
  }
}
