package dev.newsdesk.dedup;

import dev.newsdesk.model.ArticleId;
import java.util.Objects;

/**
 * A sentence an article shares with an earlier article of its story: the raw material of
 * provenance.
 *
 * @param sentence the sentence's index in the article's {@code sentences()}
 * @param earlier the earliest-arrived article of the story with a matching sentence
 * @param earlierSentence the matching sentence's index in the earlier article's {@code sentences()}
 * @param similarity Jaccard similarity of the two sentences' content words
 */
public record SentenceReuse(
    int sentence, ArticleId earlier, int earlierSentence, double similarity) {
  public SentenceReuse {
    Objects.requireNonNull(earlier, "earlier");
    if (sentence < 0 || earlierSentence < 0) {
      throw new IllegalArgumentException("sentence indexes must not be negative");
    }
  }
}
