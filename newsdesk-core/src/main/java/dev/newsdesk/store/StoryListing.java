package dev.newsdesk.store;

import dev.newsdesk.model.StoryId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a story list: what the list, the outgoing feeds and the UI's story list show, and
 * nothing more.
 *
 * <p>Design decision: a list is read without the briefs. A brief's JSON runs to tens of kilobytes
 * for a big story, and a page of twenty of them was read and decoded only to be dropped; a listing
 * is a few hundred bytes.
 *
 * @param updated when the story last received an article (stored time)
 * @param published the newest publication instant among its articles, or null when none is known
 * @param sources outlet names of its articles
 */
public record StoryListing(
    StoryId id,
    String headline,
    String lead,
    int articles,
    int independentSources,
    Instant updated,
    Instant published,
    List<String> sources) {
  public StoryListing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(updated, "updated");
    sources = List.copyOf(sources);
  }
}
