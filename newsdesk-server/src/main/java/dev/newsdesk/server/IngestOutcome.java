package dev.newsdesk.server;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.util.Objects;

/**
 * Where one item went. Either stored (article and story set) or rejected (reason set).
 *
 * @param duplicateOf the earlier article it copies, or null
 */
public record IngestOutcome(
    String input, ArticleId article, StoryId story, ArticleId duplicateOf, String reason) {
  public IngestOutcome {
    Objects.requireNonNull(input, "input");
    if ((article == null) == (reason == null)) {
      throw new IllegalArgumentException("an outcome is either stored or rejected");
    }
  }

  public static IngestOutcome rejected(String input, String reason) {
    return new IngestOutcome(input, null, null, null, reason);
  }

  public boolean stored() {
    return article != null;
  }
}
