package dev.newsdesk.analyze;

/**
 * How far the attribution rules reach.
 *
 * @param maxSourceWords the longest source noun phrase before its cue, appositives aside
 * @param maxAppositiveWords the longest appositive a source may carry ("Jim Bennett, 57,")
 * @param maxTailWords the most words after a post-posed cue before the sentence ends ("…, he told
 *     reporters on Monday."): more, and the cue introduces what follows instead
 * @param maxQuoteChars how far a quote is followed across sentences to its closing mark
 * @param maxSentenceTokens sentences longer than this are not searched (run-ons, lists)
 */
public record AttributionConfig(
    int maxSourceWords,
    int maxAppositiveWords,
    int maxTailWords,
    int maxQuoteChars,
    int maxSentenceTokens) {
  public AttributionConfig {
    if (maxSourceWords < 1
        || maxAppositiveWords < 0
        || maxTailWords < 0
        || maxQuoteChars < 0
        || maxSentenceTokens < 1) {
      throw new IllegalArgumentException("attribution limits must not be negative");
    }
  }

  public static AttributionConfig defaults() {
    return new AttributionConfig(12, 30, 10, 3000, 400);
  }
}
