package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.util.HashMap;
import java.util.Map;
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
}
