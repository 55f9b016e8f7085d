package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copies cut to a fraction of their original, found by containment ({@code dedup/cut-copy/}): their
 * Jaccard similarity with the original is far below what the LSH bands find, and an independent
 * report of the same event, sharing quotations, is not a copy.
 */
class CutCopyTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 7);

  @Test
  void theCutFixturesAreFarBelowTheJaccardTheBandsAreBuiltFor() {
    assertThat(jaccard("cut-to-a-third", "original")).isLessThan(0.4);
    assertThat(jaccard("cut-under-new-wrapper", "original")).isLessThan(0.45);
  }

  @Test
  void aCopyCutToAThirdOfItsOriginalNamesTheOriginal() {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("original", 0));
    DuplicateVerdict verdict = dedup.observe(article("cut-to-a-third", 1));
    assertThat(verdict.original()).isEqualTo(new ArticleId("original"));
    assertThat(verdict.kind()).isEqualTo(DuplicateVerdict.Kind.NEAR);
    assertThat(verdict.similarity()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void aCutCopyUnderAnotherOutletsHeadlineAndPageFurnitureNamesTheOriginal() {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("original", 0));
    dedup.observe(article("same-event-report", 0));
    DuplicateVerdict verdict = dedup.observe(article("cut-under-new-wrapper", 1));
    assertThat(verdict.original()).isEqualTo(new ArticleId("original"));
  }

  @Test
  void aReportOfTheSameEventQuotingTheSamePeopleIsNotACopy() {
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("original", 0));
    dedup.observe(article("cut-to-a-third", 0));
    assertThat(dedup.observe(article("same-event-report", 1)).isCopy()).isFalse();
  }

  @Test
  void theOriginalArrivingAfterItsCutCopyIsACopyOfIt() {
    // Containment is of the smaller text, whichever came first: the full text contains the cut one.
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());
    dedup.observe(article("cut-to-a-third", 0));
    assertThat(dedup.observe(article("original", 0)).original())
        .isEqualTo(new ArticleId("cut-to-a-third"));
  }

  @Test
  void withFewAnchorsTheCutCopyIsStillVerifiedByTheSameRule() {
    // One shingle in 64 an anchor: the cut copy keeps only a handful, and still shares most of
    // them.
    DedupConfig defaults = DedupConfig.defaults();
    DedupConfig sparse =
        new DedupConfig(
            defaults.shingleWords(),
            defaults.bands(),
            defaults.rows(),
            defaults.minJaccard(),
            defaults.minContainment(),
            defaults.minContainedShingles(),
            defaults.minParaphraseShare(),
            defaults.minSentenceSimilarity(),
            defaults.sentenceBands(),
            defaults.sentenceRows(),
            defaults.maxIndexedStories(),
            defaults.copyWindowDays(),
            64);
    MinHashDeduplicator dedup = new MinHashDeduplicator(sparse);
    dedup.observe(article("original", 0));
    assertThat(dedup.observe(article("same-event-report", 0)).isCopy()).isFalse();
    assertThat(dedup.observe(article("cut-to-a-third", 1)).original())
        .isEqualTo(new ArticleId("original"));
  }

  private static double jaccard(String a, String b) {
    long[] x = Shingles.hashes(Shingles.words(text(a)), 3);
    long[] y = Shingles.hashes(Shingles.words(text(b)), 3);
    int common = Shingles.overlapReaching(x, y, 0);
    return common / (double) (x.length + y.length - common);
  }

  private static AnalyzedArticle article(String name, int day) {
    String text = text(name);
    Article article =
        new Article(
            new ArticleId(name),
            name,
            null,
            "test",
            null,
            null,
            DAY.plusDays(day),
            null,
            "en",
            List.of(text),
            false);
    return new AnalyzedArticle(article, text, List.of(), List.of(), List.of(), List.of());
  }

  private static String text(String name) {
    String path = "/dedup/cut-copy/" + name + ".txt";
    try (InputStream in = CutCopyTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
