package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import dev.newsdesk.model.StoryId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RewriteDetectorTest {
  private static final StoryId DAM = new StoryId("s-dam");
  private static final Map<String, AnalyzedArticle> articles = new HashMap<>();

  @BeforeAll
  static void analyseTheSyndicationSet() throws RejectedItemException {
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    for (SyndicationSet.Item item : SyndicationSet.generate(7)) {
      articles.put(item.doc().input(), analyzer.analyze(extractor.extract(item.doc())));
    }
  }

  @Test
  void aLightRewriteOfAnEarlierArticleOfItsStoryIsARewriteOfIt() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    assertThat(detector.check(articles.get("wire-dam"), DAM).verdict().isCopy()).isFalse();
    RewriteCheck check = detector.check(articles.get("wire-dam~reworded"), DAM);
    assertThat(check.verdict().kind()).isEqualTo(DuplicateVerdict.Kind.REWRITE);
    assertThat(check.verdict().original()).isEqualTo(articles.get("wire-dam").id());
    assertThat(check.reused()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(check.reused())
        .allSatisfy(r -> assertThat(r.earlier()).isEqualTo(articles.get("wire-dam").id()));
  }

  @Test
  void theReusedSentencesPointAtTheMatchingSentenceOfTheEarlierArticle() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    detector.check(articles.get("wire-dam"), DAM);
    RewriteCheck check = detector.check(articles.get("wire-dam~reworded"), DAM);
    AnalyzedArticle original = articles.get("wire-dam");
    AnalyzedArticle rewrite = articles.get("wire-dam~reworded");
    SentenceReuse last = check.reused().get(check.reused().size() - 1);
    // The last sentence of both is about farmers and irrigation.
    assertThat(rewrite.sentences().get(last.sentence()).text()).contains("irrigation");
    assertThat(original.sentences().get(last.earlierSentence()).text()).contains("irrigation");
  }

  @Test
  void anIndependentReportOfTheSameEventIsNeitherARewriteNorASourceOfReusedSentences() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    detector.check(articles.get("wire-dam"), DAM);
    RewriteCheck check = detector.check(articles.get("own-dam"), DAM);
    assertThat(check.verdict().isCopy()).isFalse();
    assertThat(check.reused()).isEmpty();
  }

  @Test
  void sentencesAreComparedOnlyWithTheArticlesOfTheSameStory() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    detector.check(articles.get("wire-dam"), DAM);
    RewriteCheck check = detector.check(articles.get("wire-dam~reworded"), new StoryId("s-other"));
    assertThat(check.verdict().isCopy()).isFalse();
    assertThat(check.reused()).isEmpty();
  }

  @Test
  void sentencesFingerprintedAheadOnAnotherThreadGiveTheSameCheckAsFingerprintedInTheCheck()
      throws Exception {
    RewriteDetector plain = new RewriteDetector(DedupConfig.defaults());
    RewriteDetector ahead = new RewriteDetector(DedupConfig.defaults());
    List<String> order = List.of("wire-dam", "own-dam", "wire-dam~reworded");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      for (String input : order) {
        AnalyzedArticle article = articles.get(input);
        SentenceFingerprint fingerprint = other.submit(() -> ahead.fingerprint(article)).get();
        assertThat(ahead.check(article, fingerprint, DAM)).isEqualTo(plain.check(article, DAM));
      }
    } finally {
      other.shutdown();
    }
    assertThat(ahead.check(articles.get("wire-dam~reworded"), DAM).verdict().kind())
        .isEqualTo(DuplicateVerdict.Kind.REWRITE);
  }

  @Test
  void aFingerprintOfAnotherArticleIsRefusedNamingBoth() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    SentenceFingerprint ofOwn = detector.fingerprint(articles.get("own-dam"));
    assertThatThrownBy(() -> detector.check(articles.get("wire-dam"), ofOwn, DAM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(articles.get("own-dam").id().toString())
        .hasMessageContaining(articles.get("wire-dam").id().toString());
  }

  @Test
  void aStoryThatNeverGoesQuietKeepsOnlyItsLatestOriginalsIndexedAndStillFindsARecentRewrite() {
    RewriteDetector detector = new RewriteDetector(DedupConfig.defaults());
    StoryId endless = new StoryId("s-endless");
    int n = 3 * RewriteDetector.MAX_STORY_ORIGINALS;
    int largest = 0;
    for (int i = 0; i < n; i++) {
      assertThat(detector.check(made("r" + i, i, 0), endless).verdict().isCopy())
          .as("original %d", i)
          .isFalse();
      largest = Math.max(largest, detector.heldOriginals(endless));
    }
    assertThat(largest).isLessThan(2 * RewriteDetector.MAX_STORY_ORIGINALS);
    DuplicateVerdict recent = detector.check(made("rewrite", n - 5, 1), endless).verdict();
    assertThat(recent.kind()).isEqualTo(DuplicateVerdict.Kind.REWRITE);
    assertThat(recent.original()).isEqualTo(new ArticleId("r" + (n - 5)));
  }

  /**
   * Four sentences of made-up words of article {@code i}; a {@code variant} above 0 changes one
   * word in each sentence, as a light rewrite does.
   */
  private static AnalyzedArticle made(String id, int i, int variant) {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 4; s++) {
      StringBuilder sentence = new StringBuilder();
      for (int w = 0; w < 8; w++) {
        String word =
            w == 3 && variant > 0 ? "vq" + variant : "w" + Integer.toString(i, 36) + "x" + s + w;
        sentence.append(w == 0 ? "" : " ").append(word);
      }
      sentence.append('.');
      int from = text.length();
      text.append(sentence).append(' ');
      sentences.add(
          new Sentence(
              s, new Span(from, from + sentence.length()), sentence.toString(), List.of()));
    }
    Article article =
        new Article(
            new ArticleId(id),
            id,
            null,
            "test",
            null,
            null,
            LocalDate.of(2024, 5, 1),
            null,
            "en",
            List.of(text.toString().strip()),
            false);
    return new AnalyzedArticle(
        article, text.toString().strip(), sentences, List.of(), List.of(), List.of());
  }
}
