package dev.newsdesk.dedup;

import dev.newsdesk.model.ArticleId;
import java.util.Objects;

/**
 * An article's sentences as {@link RewriteDetector} compares them, computed ahead of the check
 * ({@link RewriteDetector#fingerprint}); the arrays are owned by the detector once checked.
 *
 * @param article the article these sentences are of
 * @param words per compared sentence, its content-word hashes (sorted, distinct)
 * @param positions per compared sentence, its index among the article's sentences
 * @param keys per compared sentence, its MinHash band keys
 */
public record SentenceFingerprint(
    ArticleId article, long[][] words, int[] positions, long[][] keys) {
  public SentenceFingerprint {
    Objects.requireNonNull(article, "article");
    if (words.length != positions.length || words.length != keys.length) {
      throw new IllegalArgumentException(
          "one position and one key set per sentence: "
              + words.length
              + " sentences, "
              + positions.length
              + " positions, "
              + keys.length
              + " key sets");
    }
  }
}
