package dev.newsdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.IndexedArticle;
import dev.newsdesk.store.SearchHit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {
  @TempDir Path dir;

  private static IndexedArticle article(long seq, String id, String story, String text) {
    return new IndexedArticle(
        seq, new ArticleId(id), new StoryId(story), "Title " + id, "Valley Post", text);
  }

  @Test
  void findsArticlesByStemmedWordsWithTheirStoryAndASnippet() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.add(article(1, "a1", "s1", "Firefighters contained the warehouse fire overnight."));
      index.add(article(2, "a2", "s2", "The central bank held its rate at four percent."));
      List<SearchHit> hits = index.search("firefighter warehouse", 10);
      assertThat(hits).extracting(SearchHit::article).containsExactly(new ArticleId("a1"));
      assertThat(hits.get(0).story()).isEqualTo(new StoryId("s1"));
      assertThat(hits.get(0).snippet()).contains("warehouse fire");
    }
  }

  @Test
  void theCommittedSequenceSurvivesReopeningAndReAddingReplacesTheArticle() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      index.add(article(1, "a1", "s1", "first words"));
      index.add(article(2, "a1", "s1", "second words"));
      index.commit();
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      assertThat(index.lastSequence()).isEqualTo(2);
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search("second", 5)).hasSize(1);
      index.clear();
      assertThat(index.lastSequence()).isZero();
      assertThat(index.search("second", 5)).isEmpty();
    }
  }

  @Test
  void anUnreadableQueryIsRefusedWithTheReason() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      assertThatThrownBy(() -> index.search("title:(unclosed", 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("title:(unclosed");
      assertThatThrownBy(() -> index.search(" ", 5)).hasMessageContaining("empty");
    }
  }
}
