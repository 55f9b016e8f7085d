package dev.newsdesk.extract.html;

/**
 * Limits and thresholds for {@link HtmlArticleExtractor}.
 *
 * @param maxHtmlChars input longer than this many UTF-16 chars is cut to this length before parsing
 *     (about 10 MB of mostly-ASCII HTML by default)
 * @param maxDepth the deepest element nesting the parser builds; deeper elements are attached at
 *     this depth, so a hostile page cannot make the tree (or anything walking it) arbitrarily deep
 * @param maxNodes pages with more elements than this skip content scoring and fall back to the
 *     cheap whole-page collection, keeping the cost of one page bounded
 * @param minArticleChars main text shorter than this is treated as a failed candidate: the
 *     extractor retries with gentler cleaning and, failing that, collects text from the whole page
 */
public record HtmlExtractionConfig(
    int maxHtmlChars, int maxDepth, int maxNodes, int minArticleChars) {

  public HtmlExtractionConfig {
    if (maxHtmlChars < 1 || maxDepth < 8 || maxNodes < 1 || minArticleChars < 0) {
      throw new IllegalArgumentException(
          "limits must be positive (maxDepth at least 8): "
              + maxHtmlChars
              + ", "
              + maxDepth
              + ", "
              + maxNodes
              + ", "
              + minArticleChars);
    }
  }

  /** 10 million chars, depth 512, 200,000 elements, 250 chars of main text. */
  public static HtmlExtractionConfig defaults() {
    return new HtmlExtractionConfig(10_000_000, 512, 200_000, 250);
  }
}
