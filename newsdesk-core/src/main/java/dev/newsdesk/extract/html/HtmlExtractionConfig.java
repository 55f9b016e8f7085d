package dev.newsdesk.extract.html;

/**
 * Limits and thresholds for {@link HtmlArticleExtractor}. Every limit degrades to best effort
 * rather than failure: a page over a limit gives less text, never an exception.
 *
 * @param maxHtmlChars input longer than this many UTF-16 chars is cut to this length before parsing
 *     (about 10 MB of mostly-ASCII HTML by default); the rest of a page that large is comments,
 *     inlined data or an attack, not article text
 * @param maxDepth the deepest element nesting the parser builds; deeper elements are attached at
 *     this depth, so a hostile page cannot make the tree (or anything walking it) arbitrarily deep
 * @param maxNodes pages with more elements than this skip content scoring and fall back to the
 *     cheap whole-page collection, keeping the cost of one page bounded
 * @param minArticleChars main text shorter than this is treated as a failed candidate: the
 *     extractor retries with gentler cleaning and, failing that, collects text from the whole page
 * @param maxMillis the time budget of one page; once it is spent, the remaining scoring steps are
 *     skipped and the page's text is collected the cheap way. A safety net for pathological pages
 *     only: the size limits above keep every ordinary page far below it, so output stays
 *     deterministic in practice
 */
public record HtmlExtractionConfig(
    int maxHtmlChars, int maxDepth, int maxNodes, int minArticleChars, long maxMillis) {

  public HtmlExtractionConfig {
    if (maxHtmlChars < 1 || maxDepth < 8 || maxNodes < 1 || minArticleChars < 0 || maxMillis < 1) {
      throw new IllegalArgumentException(
          "limits must be positive (maxDepth at least 8): maxHtmlChars="
              + maxHtmlChars
              + ", maxDepth="
              + maxDepth
              + ", maxNodes="
              + maxNodes
              + ", minArticleChars="
              + minArticleChars
              + ", maxMillis="
              + maxMillis);
    }
  }

  /** 10 million chars, depth 512, 200,000 elements, 250 chars of main text, 5 seconds. */
  public static HtmlExtractionConfig defaults() {
    return new HtmlExtractionConfig(10_000_000, 512, 200_000, 250, 5_000);
  }

  /** This configuration with another input size limit. */
  public HtmlExtractionConfig withMaxHtmlChars(int chars) {
    return new HtmlExtractionConfig(chars, maxDepth, maxNodes, minArticleChars, maxMillis);
  }

  /** This configuration with another element limit. */
  public HtmlExtractionConfig withMaxNodes(int nodes) {
    return new HtmlExtractionConfig(maxHtmlChars, maxDepth, nodes, minArticleChars, maxMillis);
  }
}
