package dev.newsdesk.store;

import dev.newsdesk.model.StoryId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a story list shows of one story, and what it is filtered by, with its brief as contract JSON
 * (so a story page is read, not recomputed).
 *
 * @param updated when the story last received an article (stored time)
 * @param published the newest publication instant among its articles, or null when none is known
 * @param sources outlet names of its articles
 * @param entities canonical names and aliases of its entities
 * @param briefJson the story object of {@code brief-json.md}
 */
public record StorySummary(
    StoryId id,
    String headline,
    String lead,
    int articles,
    int independentSources,
    Instant updated,
    Instant published,
    List<String> sources,
    List<String> entities,
    String briefJson) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(briefJson, "briefJson");
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
  }

  /** Its entry in a story list. */
  public StoryListing listing() {
    return new StoryListing(
        id, headline, lead, articles, independentSources, updated, published, sources);
  }
}
