package dev.newsdesk;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.util.Objects;

/**
 * Where one item went: its article, its story, and the earlier article it copies, if any.
 *
 * @param duplicateOfInput the input name of the earliest copy it duplicates, or null (also when a
 *     pipeline with a {@link StoryArchive} no longer holds that copy: its story has retired)
 */
public record Placement(
    String input,
    ArticleId article,
    StoryId story,
    ArticleId duplicateOf,
    String duplicateOfInput) {
  public Placement {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
  }
}
