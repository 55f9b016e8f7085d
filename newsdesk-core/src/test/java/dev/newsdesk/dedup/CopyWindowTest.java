package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyWindowTest {
  private static final LocalDate DAY_ZERO = LocalDate.of(2024, 3, 1);
  private static final String FERRY =
      "The island ferry service will stop running on Sundays from next month, the operator said,"
          + " citing a shortage of trained crew and the rising cost of fuel for the old vessels.";
  private static final String MARKET =
      "Stallholders at the covered market voted to open two hours later on weekdays after a"
          + " survey found that most shoppers arrive after work rather than early in the morning.";
  private static final String LIBRARY =
      "The county library will lend tools as well as books, starting with drills, ladders and"
          + " sewing machines donated by residents who answered an appeal in the spring.";

  private static AnalyzedArticle article(String id, String text, int day) {
    Article article =
        new Article(
            new ArticleId(id),
            id,
            null,
            "test",
            null,
            null,
            DAY_ZERO.plusDays(day),
            null,
            "en",
            List.of(text),
            false);
    return new AnalyzedArticle(article, text, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aCopyPublishedWithinTheWindowNamesItsOriginal() {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("ferry", FERRY, 0));
    dedup.observe(article("market", MARKET, 20));
    DuplicateVerdict verdict = dedup.observe(article("ferry-copy", FERRY, 21));
    assertThat(verdict.isCopy()).isTrue();
    assertThat(verdict.original()).isEqualTo(new ArticleId("ferry"));
  }

  @Test
  void anOriginalOlderThanTwoWindowsIsNoLongerCompared() {
    int window = DedupConfig.defaults().copyWindowDays();
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("ferry", FERRY, 0));
    dedup.observe(article("market", MARKET, window + 1));
    dedup.observe(article("library", LIBRARY, 2 * window + 2));
    DuplicateVerdict verdict = dedup.observe(article("ferry-late", FERRY, 2 * window + 3));
    assertThat(verdict.isCopy()).isFalse();
  }

  @Test
  void aLongStreamKeepsAtMostTwoWindowsOfArticlesAndStillFindsACopyInTheLastOne() {
    int window = DedupConfig.defaults().copyWindowDays();
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    int largest = 0;
    for (int day = 0; day < 20 * window; day++) {
      for (int k = 0; k < 10; k++) {
        dedup.observe(article("d" + day + "k" + k, madeUp(day, k), day));
        largest = Math.max(largest, dedup.heldEntries());
      }
    }
    assertThat(largest).isLessThanOrEqualTo(2 * window * 10 + 10);
    DuplicateVerdict verdict =
        dedup.observe(article("late-copy", madeUp(20 * window - 2, 3), 20 * window));
    assertThat(verdict.original()).isEqualTo(new ArticleId("d" + (20 * window - 2) + "k3"));
  }

  /** Twenty made-up words of this day and slot, shared with no other text of the stream. */
  private static String madeUp(int day, int k) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append(" w").append(Integer.toString(day * 1000 + k * 30 + i, 36)).append('q');
    }
    return text.toString().strip();
  }

  @Test
  void articlesWithoutADateAreComparedWithEachOther() {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(undated("ferry", FERRY));
    DuplicateVerdict verdict = dedup.observe(undated("ferry-copy", FERRY));
    assertThat(verdict.isCopy()).isTrue();
    assertThat(verdict.original()).isEqualTo(new ArticleId("ferry"));
  }

  private static AnalyzedArticle undated(String id, String text) {
    Article article =
        new Article(
            new ArticleId(id),
            id,
            null,
            "test",
            null,
            null,
            null,
            null,
            "en",
            List.of(text),
            false);
    return new AnalyzedArticle(article, text, List.of(), List.of(), List.of(), List.of());
  }
}
