package dev.newsdesk;

import dev.newsdesk.model.ArticleId;
import java.util.Optional;

/**
 * Where a pipeline that keeps only its active stories in memory sends the others, and what it asks
 * about the articles it has let go: for the service, its store. Called from {@link
 * Pipeline#accept}, on the caller's thread.
 */
public interface StoryArchive {
  /**
   * A story has left the active set (quiet for {@link
   * dev.newsdesk.cluster.ClusterConfig#quietDays()}); its members leave the pipeline's memory when
   * this returns. Brief it now ({@link Pipeline#brief(RetiredStory)}) if its last brief is stale.
   */
  void retire(RetiredStory story);

  /**
   * The input an article was read as, if it was read before but is no longer in the pipeline's
   * memory; empty for an article never read.
   */
  Optional<String> readAs(ArticleId article);
}
