package dev.newsdesk.dedup;

import java.util.List;
import java.util.Objects;

/**
 * What a story's earlier articles tell about a new one.
 *
 * @param verdict a rewrite of one earlier article, or original
 * @param reused the article's sentences found in earlier articles of the story, in text order
 */
public record RewriteCheck(DuplicateVerdict verdict, List<SentenceReuse> reused) {
  public RewriteCheck {
    Objects.requireNonNull(verdict, "verdict");
    reused = List.copyOf(reused);
  }
}
