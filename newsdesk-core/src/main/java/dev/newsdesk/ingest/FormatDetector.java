package dev.newsdesk.ingest;

import dev.newsdesk.internal.BoilerplateClassifier;
import dev.newsdesk.model.InputFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides a file's shape from its extension and, for plain text and ambiguous XML or JSON, from its
 * content.
 *
 * <p>Plain text is the hard case. Items split by dash lines are a digest. Lines that are each a
 * separate item show it in two ways: a page of snippets has lines cut off mid-sentence or with an
 * ellipsis, and it carries outlet promos that share a line with the next item's text ("X selects
 * her favourite stories in this weekly newsletter. The Central Bank ..."), while an article's
 * boilerplate stands on lines of its own.
 */
public final class FormatDetector {
  private static final double SNIPPET_CUT_SHARE = 0.2;
  private static final int SNIPPET_MIN_LINES = 4;
  private static final BoilerplateClassifier BOILERPLATE = new BoilerplateClassifier();

  private FormatDetector() {}

  public static InputFormat detect(InputFile file) {
    String name = file.logicalName().toLowerCase(Locale.ROOT);
    String head =
        TextDecoder.decode(Arrays.copyOf(file.bytes(), Math.min(file.bytes().length, 2048)));
    String start = head.stripLeading();
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".opml") || start.contains("<opml")) {
      return InputFormat.OPML;
    }
    if (name.endsWith(".json")) {
      return head.contains("jsonfeed.org") ? InputFormat.JSON_FEED : InputFormat.JSONL;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return InputFormat.FEED;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      return start.contains("<html") ? InputFormat.HTML : InputFormat.FEED;
    }
    if (start.regionMatches(true, 0, "<!doctype html", 0, 14)
        || start.regionMatches(true, 0, "<html", 0, 5)) {
      return InputFormat.HTML;
    }
    if (start.startsWith("{")) {
      return head.contains("jsonfeed.org") ? InputFormat.JSON_FEED : InputFormat.JSONL;
    }
    return detectText(TextDecoder.decode(file.bytes()));
  }

  /** A line that opens with an ask or promo sentence and goes on with other text. */
  private static boolean promoSharesLine(String line) {
    String cleaned = BOILERPLATE.stripSentences(line);
    return !cleaned.equals(line) && !cleaned.isBlank() && line.endsWith(cleaned);
  }

  static InputFormat detectText(String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    long separators = lines.stream().filter(TextShapes::isItemSeparator).count();
    if (separators >= 1 && (TextShapes.isItemSeparator(lines.get(0)) || separators >= 2)) {
      return InputFormat.DIGEST;
    }
    boolean blankLines = text.strip().lines().anyMatch(String::isBlank);
    if (!blankLines && lines.size() >= SNIPPET_MIN_LINES) {
      long cut = lines.stream().filter(TextShapes::looksCutOff).count();
      long inlinePromos = lines.stream().skip(1).filter(FormatDetector::promoSharesLine).count();
      if (cut + 2 * inlinePromos >= Math.max(2, SNIPPET_CUT_SHARE * lines.size())) {
        return InputFormat.SNIPPETS;
      }
    }
    return InputFormat.ARTICLE;
  }
}
