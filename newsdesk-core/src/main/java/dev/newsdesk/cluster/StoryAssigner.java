package dev.newsdesk.cluster;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;

/** Assigns each arriving article to a story. Stateful and not thread-safe: it owns the stories. */
public interface StoryAssigner {
  /**
   * @param copyOf the article this one copies, or null: a copy joins its original's story and does
   *     not change the story's centroid
   */
  StoryId assign(AnalyzedArticle article, ArticleId copyOf);
}
