package dev.newsdesk.extract.html;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * The main-text half of extraction: clean, score, widen, collect; then the fallbacks.
 *
 * <p>Each attempt scores the page ({@link ContentScorer}), widens the winner with its siblings
 * ({@link SiblingMerger}) and collects its paragraphs, skipping furniture inside it ({@link
 * ConditionalCleaner}). When the page marks an article container ({@link SemanticContainers})
 * inside the scored one and that container holds at least 80% of the scored text, the marked
 * container wins: the page's own markup is the sharper boundary, and the 20% it leaves out is
 * usually a byline, a caption or a promo block. A marked container that is wider than the scored
 * one, or elsewhere, loses: on the benchmark pages it mostly adds teasers and chrome.
 *
 * <p>Design decision: three attempts, from sharp to blunt. The strict attempt removes furniture by
 * class name before scoring; when it yields less than {@link
 * HtmlExtractionConfig#minArticleChars()} (a class name removed the article), the lenient attempt
 * scores without that step; when both are poor, the whole page's paragraphs are collected with only
 * the link-density filter.
 */
final class MainTextExtractor {

  private static final double NARROW = 0.8;

  private MainTextExtractor() {}

  /**
   * Mutates {@code body}, which must belong to a document parsed for this call; {@code freshBody}
   * parses the page again, for the lenient pass when the strict one fails. When {@code outOfTime}
   * turns true between steps, the steps left are skipped for the whole-page collection.
   */
  static List<String> extract(
      Element body,
      Supplier<Element> freshBody,
      HtmlExtractionConfig config,
      BooleanSupplier outOfTime) {
    if (outOfTime.getAsBoolean()) {
      return ParagraphCollector.collect(List.of(body), Set.of());
    }
    BlockStats strictStats = PageCleaner.clean(body, true);
    List<String> strict = attempt(body, strictStats, config);
    if (length(strict) >= config.minArticleChars()) {
      return strict;
    }
    if (outOfTime.getAsBoolean()) {
      return strict;
    }
    // The strict pass failed: start again from a fresh tree, which is cheaper for the pages that
    // pass than keeping a copy of every page in case it fails.
    body = freshBody.get();
    BlockStats lenientStats = PageCleaner.clean(body, false);
    List<String> lenient = attempt(body, lenientStats, config);
    List<String> best = length(lenient) > length(strict) ? lenient : strict;
    if (length(best) >= config.minArticleChars()) {
      return best;
    }
    List<String> whole = ParagraphCollector.collect(List.of(body), Set.of());
    return length(whole) > length(best) ? whole : best;
  }

  private static List<String> attempt(Element body, BlockStats stats, HtmlExtractionConfig config) {
    if (stats.elements() > config.maxNodes()) {
      return ParagraphCollector.collect(List.of(body), Set.of());
    }
    ContentScorer scorer = new ContentScorer(stats);
    Element top = scorer.topCandidate(body);
    if (top == null) {
      return List.of();
    }
    List<Element> parts = SiblingMerger.merge(top, scorer, stats);
    List<String> scored =
        ParagraphCollector.collect(parts, ConditionalCleaner.furniture(parts, stats));
    Element marked = SemanticContainers.find(body, stats, config.minArticleChars());
    if (marked == null) {
      return scored;
    }
    List<Element> markedParts = List.of(marked);
    List<String> semantic =
        ParagraphCollector.collect(markedParts, ConditionalCleaner.furniture(markedParts, stats));
    int s = length(semantic);
    int r = length(scored);
    boolean inside = false;
    for (Element part : parts) {
      inside |= part == marked || ContentScorer.isAncestor(part, marked);
    }
    if (inside && s >= NARROW * r) {
      return semantic;
    }
    return scored;
  }

  static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }
}
