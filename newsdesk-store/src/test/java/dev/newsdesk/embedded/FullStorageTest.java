package dev.newsdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.IndexedArticle;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredItem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk at the storage boundary: SQLite at its size quota (the same {@code SQLITE_FULL} a
 * full disk gives), Lucene on a directory whose writes fail with {@code ENOSPC}. Each write fails
 * naming the reason, leaves what was stored sound, and works again once there is space.
 */
class FullStorageTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  @TempDir Path dir;

  private static RawDocument item(String input, int words) {
    StringBuilder body = new StringBuilder("Report " + input + ".");
    for (int i = 0; i < words; i++) {
      body.append(" word").append(i);
    }
    return new RawDocument(
        input,
        ContentKind.TEXT_ARTICLE,
        body.toString(),
        new ItemMetadata(null, "Example Post", "Title " + input, null, T0, null, "en"));
  }

  private static StoredItem append(SqliteStore store, String input, int words) {
    return store.append(
        item(input, words), new ArticleId("a-" + input), new StoryId("s1"), null, T0);
  }

  @Test
  void aDatabaseAtItsQuotaRefusesTheWriteAsStorageFullAndTakesItOnceThereIsRoom() {
    Path db = dir.resolve("newsdesk.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      append(store, "first", 50);
      append(store, "second", 50);
      store.limitSize(0); // no room to grow at all
      assertThatThrownBy(() -> append(store, "big", 20_000))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.storageFull()).isTrue())
          .hasMessageContaining("storage full: cannot store big")
          .hasMessageContaining("full");
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.find(new ArticleId("a-big"))).isEmpty();
      store.limitSize(Long.MAX_VALUE);
      append(store, "big", 20_000);
      assertThat(store.count()).isEqualTo(3);
    }
    StoreAudit.Report audit = StoreAudit.check(new DataDirectory(dir), true);
    assertThat(audit.integrity()).isEqualTo("ok");
    assertThat(audit.inputs()).containsExactly("first", "second", "big");
  }

  @Test
  void itemsCommittedTogetherAreAllStoredInOrderOrNoneOfThemWhenTheDatabaseIsFull() {
    Path db = dir.resolve("newsdesk.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      List<StoredItem> first = store.appendAll(List.of(together("one", 50), together("two", 50)));
      assertThat(first.get(1).sequence()).isGreaterThan(first.get(0).sequence());
      store.limitSize(0);
      assertThatThrownBy(
              () -> store.appendAll(List.of(together("three", 50), together("big", 20_000))))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.storageFull()).isTrue())
          .hasMessageContaining("storage full: cannot store three and 1 more");
      assertThat(store.count()).as("the small item of the refused group is not kept").isEqualTo(2);
      store.limitSize(Long.MAX_VALUE);
      store.appendAll(List.of(together("three", 50), together("big", 20_000)));
      append(store, "alone", 10); // the connection is back in auto-commit
    }
    StoreAudit.Report audit = StoreAudit.check(new DataDirectory(dir), true);
    assertThat(audit.integrity()).isEqualTo("ok");
    assertThat(audit.inputs()).containsExactly("one", "two", "three", "big", "alone");
  }

  private static SqliteStore.Append together(String input, int words) {
    return new SqliteStore.Append(
        item(input, words), new ArticleId("a-" + input), new StoryId("s1"), null, T0);
  }

  @Test
  void anIndexOnAFullDiskRollsBackToItsLastCommitAndWorksAgainOnceThereIsRoom() throws Exception {
    FullDiskDirectory disk = new FullDiskDirectory(FSDirectory.open(dir.resolve("index")));
    try (LuceneSearchIndex index = LuceneSearchIndex.open(disk)) {
      index.add(indexed(1, "a1", "harbour ferry aground"));
      index.commit();
      disk.full(true);
      assertThatThrownBy(
              () -> {
                index.add(indexed(2, "a2", "harbour bridge closed")); // a new segment's files
                index.commit();
              })
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.storageFull()).isTrue())
          .hasMessageContaining("storage full: cannot ")
          .hasMessageContaining("No space left on device");
      assertThat(index.lastSequence()).as("the owner re-adds from here").isEqualTo(1);
      assertThat(search(index, "harbour")).as("the last commit still answers").hasSize(1);
      disk.full(false);
      index.add(indexed(2, "a2", "harbour bridge closed"));
      index.commit();
      assertThat(index.lastSequence()).isEqualTo(2);
      assertThat(search(index, "harbour")).hasSize(2);
    }
    StoreAudit.Report audit = StoreAudit.check(new DataDirectory(dir), true);
    assertThat(audit.indexCheck()).isEqualTo("clean");
    assertThat(audit.indexedThrough()).isEqualTo(2);
  }

  private static List<String> search(LuceneSearchIndex index, String query) {
    List<String> ids = new ArrayList<>();
    index.search(query, 10).forEach(h -> ids.add(h.article().value()));
    return ids;
  }

  private static IndexedArticle indexed(long seq, String id, String text) {
    return new IndexedArticle(seq, new ArticleId(id), new StoryId("s1"), null, null, text);
  }
}
