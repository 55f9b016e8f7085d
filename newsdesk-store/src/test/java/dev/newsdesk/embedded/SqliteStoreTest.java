package dev.newsdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.Source;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoredItem;
import dev.newsdesk.store.StoryQuery;
import dev.newsdesk.store.StorySummary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  @TempDir Path dir;

  private static RawDocument item(String input) {
    return new RawDocument(
        input,
        ContentKind.TEXT_ARTICLE,
        "Body of " + input,
        new ItemMetadata(
            "https://example.org/" + input,
            "Example Post",
            "Title " + input,
            LocalDate.of(2026, 2, 28),
            T0,
            null,
            "en"));
  }

  @Test
  void storedItemsComeBackInArrivalOrderAfterReopening() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
      store.append(item("b"), new ArticleId("b1"), new StoryId("s1"), null, T0);
      store.append(item("a"), new ArticleId("a1"), new StoryId("s1"), new ArticleId("b1"), T0);
    }
    try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
      List<StoredItem> all = new ArrayList<>();
      store.forEach(0, all::add);
      assertThat(all).extracting(s -> s.item().input()).containsExactly("b", "a");
      assertThat(all.get(1).duplicateOf()).isEqualTo(new ArticleId("b1"));
      assertThat(all.get(0).item()).isEqualTo(item("b"));
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.containsInput("a")).isTrue();
      assertThat(store.containsInput("c")).isFalse();
      List<StoredItem> later = new ArrayList<>();
      store.forEach(all.get(0).sequence(), later::add);
      assertThat(later).hasSize(1);
    }
  }

  @Test
  void theSameArticleIsNeverStoredTwice() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("b.db"))) {
      store.append(item("a"), new ArticleId("a1"), new StoryId("s1"), null, T0);
      assertThatThrownBy(
              () -> store.append(item("a"), new ArticleId("a1"), new StoryId("s1"), null, T0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store a");
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void appendsAfterARefusedGroupAreStoredInOrderWithTheirOwnAnalyses() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("c.db"))) {
      store.appendAll(List.of(append("a", new byte[] {1})));
      assertThatThrownBy(
              () -> store.appendAll(List.of(append("c", new byte[] {3}), append("a", null))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store c and 1 more");
      store.appendAll(List.of(append("c", new byte[] {3}), append("d", null)));
      store.appendAll(List.of(append("e", new byte[] {5})));

      List<SqliteStore.CachedItem> all = new ArrayList<>();
      store.forEachWithAnalysis(0, all::add);
      assertThat(all)
          .extracting(c -> c.stored().item().input())
          .containsExactly("a", "c", "d", "e");
      assertThat(all).extracting(c -> c.stored().sequence()).isSorted().doesNotHaveDuplicates();
      assertThat(all.get(0).analysis()).containsExactly(1);
      assertThat(all.get(1).analysis()).containsExactly(3);
      assertThat(all.get(2).analysis()).isNull();
      assertThat(all.get(3).analysis()).containsExactly(5);
    }
  }

  private static SqliteStore.Append append(String input, byte[] analysis) {
    return new SqliteStore.Append(
        item(input), new ArticleId(input + "1"), new StoryId("s1"), null, T0, analysis);
  }

  @Test
  void storiesAreListedNewestFirstAndFilteredBySourceEntityAndTime() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("c.db"))) {
      store.save(
          List.of(
              story("old", T0, List.of("Harbour Times"), List.of("Mayor Ilse Varga", "Varga")),
              story("new", T0.plusSeconds(60), List.of("Valley Post"), List.of("Varga"))));
      assertThat(store.list(StoryQuery.firstPage(10)))
          .extracting(s -> s.id().value())
          .containsExactly("new", "old");
      assertThat(store.list(new StoryQuery(null, null, "harbour times", null, 0, 10)))
          .extracting(s -> s.id().value())
          .containsExactly("old");
      assertThat(store.count(new StoryQuery(null, null, null, "VARGA", 0, 10))).isEqualTo(2);
      assertThat(store.list(new StoryQuery(T0.plusSeconds(1), null, null, null, 0, 10)))
          .extracting(s -> s.id().value())
          .containsExactly("new");
      assertThat(store.list(new StoryQuery(null, null, null, null, 1, 1)))
          .extracting(s -> s.id().value())
          .containsExactly("old");
      assertThat(store.find(new StoryId("old")).orElseThrow().entities())
          .containsExactly("Mayor Ilse Varga", "Varga");
    }
  }

  @Test
  void aListingCarriesEachStorysOutletsInTheOrderSavedAndItsBriefStaysInTheStory() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("l.db"))) {
      store.save(
          List.of(
              story("a", T0, List.of("Valley Post", "Harbour Times", "Coast Daily"), List.of()),
              story("b", T0.plusSeconds(5), List.of(), List.of()),
              story("c", T0.plusSeconds(9), List.of("Harbour Times"), List.of())));
      store.save(List.of(story("a", T0.plusSeconds(1), List.of("Coast Daily"), List.of())));

      assertThat(store.list(StoryQuery.firstPage(2)))
          .extracting(s -> s.id().value() + " " + s.sources())
          .containsExactly("c [Harbour Times]", "b []");
      assertThat(store.list(new StoryQuery(null, null, null, null, 2, 5)))
          .singleElement()
          .satisfies(a -> assertThat(a.sources()).containsExactly("Coast Daily"))
          .satisfies(a -> assertThat(a.updated()).isEqualTo(T0.plusSeconds(1)));
      assertThat(store.find(new StoryId("a")).orElseThrow().briefJson()).isEqualTo("{}");
    }
  }

  @Test
  void aSourceKeepsItsPollStateAndIsAddedOnce() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("d.db"))) {
      Source added = store.add("https://example.org/feed.xml", null, T0);
      assertThat(store.add("https://example.org/feed.xml", "again", T0).id()).isEqualTo(added.id());
      store.update(
          added.polled("Example", "\"v1\"", "Sun, 01 Mar 2026", 2, T0, T0.plusSeconds(9), "503"));
      Source polled = store.source(added.id()).orElseThrow();
      assertThat(polled.etag()).isEqualTo("\"v1\"");
      assertThat(polled.failures()).isEqualTo(2);
      assertThat(polled.nextPoll()).isEqualTo(T0.plusSeconds(9));
      assertThat(store.remove(added.id())).isTrue();
      assertThat(store.sources()).isEmpty();
    }
  }

  private static StorySummary story(
      String id, Instant updated, List<String> sources, List<String> entities) {
    return new StorySummary(
        new StoryId(id), "Headline " + id, "Lead.", 1, 1, updated, null, sources, entities, "{}");
  }
}
