package dev.newsdesk.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns chosen elements into plain-text paragraphs: every block element (paragraph, heading, list
 * item, cell, quote) starts a new one, inline text flows into the current one, whitespace is
 * collapsed. The walk is jsoup's iterative {@link org.jsoup.select.NodeTraversor}, so nesting depth
 * costs no stack.
 *
 * <p>Paragraphs made mostly of link text are dropped (they are "read more" lines and link lists
 * that survived cleaning), as are top-level headings, which repeat the title.
 */
final class ParagraphCollector implements NodeFilter {

  private final Set<Element> skip;
  private final List<String> out = new ArrayList<>();
  private final Deque<String> blocks = new ArrayDeque<>();
  private final StringBuilder buffer = new StringBuilder();
  private int linkDepth;
  private int linkChars;

  private ParagraphCollector(Set<Element> skip) {
    this.skip = skip;
  }

  static List<String> collect(List<Element> roots, Set<Element> skip) {
    ParagraphCollector collector = new ParagraphCollector(skip);
    for (Element root : roots) {
      collector.blocks.push(root.normalName());
      root.filter(collector);
      collector.flush();
      collector.blocks.pop();
    }
    return collector.out;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String s = text.getWholeText();
      buffer.append(s);
      if (linkDepth > 0) {
        linkChars += Texts.normalizedLength(s);
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (skip.contains(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (e.nameIs("a")) {
      linkDepth++;
    } else if (e.nameIs("br")) {
      flush();
    } else if (BlockStats.isBlock(e)) {
      flush();
      blocks.push(e.normalName());
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e.nameIs("a")) {
        linkDepth--;
      } else if (BlockStats.isBlock(e) && !e.nameIs("br")) {
        flush();
        blocks.pop();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void flush() {
    String text = Texts.normalize(buffer.toString());
    int links = linkChars;
    buffer.setLength(0);
    linkChars = 0;
    if (text.isEmpty()) {
      return;
    }
    String block = blocks.isEmpty() ? "" : blocks.peek();
    if (block.equals("h1")) {
      return;
    }
    boolean heading = PageCleaner.isHeading(block);
    if (!heading && linkHeavy(text, links)) {
      return;
    }
    out.add(text);
  }

  /** Mostly link text: a link list or "read more" line, unless it reads as a sentence. */
  private static boolean linkHeavy(String text, int links) {
    if (links * 10 > text.length() * 8) {
      return true;
    }
    if (links * 2 <= text.length()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != '"' && last != '\u201d';
  }
}
