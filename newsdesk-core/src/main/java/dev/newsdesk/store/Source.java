package dev.newsdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed to poll, with what the last poll learned about it.
 *
 * @param etag the {@code ETag} of the last response, for a conditional GET, or null
 * @param lastModified the {@code Last-Modified} of the last response, or null
 * @param failures consecutive failed polls, for backoff
 * @param nextPoll when it is due again
 * @param lastError the last failure's reason, or null after a success
 */
public record Source(
    long id,
    String url,
    String title,
    Instant added,
    String etag,
    String lastModified,
    int failures,
    Instant lastPolled,
    Instant nextPoll,
    String lastError) {
  public Source {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(nextPoll, "nextPoll");
  }

  public Source polled(
      String newTitle,
      String newEtag,
      String newLastModified,
      int newFailures,
      Instant at,
      Instant next,
      String error) {
    return new Source(
        id,
        url,
        newTitle == null ? title : newTitle,
        added,
        newEtag,
        newLastModified,
        newFailures,
        at,
        next,
        error);
  }
}
