package dev.newsdesk.model;

import java.util.Objects;

/** An article in its story, and the earlier article it copies, if any. */
public record StoryMember(AnalyzedArticle article, ArticleId duplicateOf) {
  public StoryMember {
    Objects.requireNonNull(article, "article");
  }

  public ArticleId id() {
    return article.id();
  }

  public boolean isCopy() {
    return duplicateOf != null;
  }
}
