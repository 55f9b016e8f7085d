package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  @Test
  void aPageThatSpendsItsTimeBudgetFallsBackToTheWholePageTextInsteadOfFailing() {
    // A clock that moves ten seconds every time it is read: the budget is spent at the first look.
    AtomicLong now = new AtomicLong();
    HtmlArticleExtractor slow =
        new HtmlArticleExtractor(
            HtmlExtractionConfig.defaults(), () -> now.addAndGet(10_000_000_000L));

    HtmlExtraction x = slow.extract(Fixtures.page("news-article-with-full-chrome"), null);
    HtmlExtraction normal =
        Fixtures.EXTRACTOR.extract(Fixtures.page("news-article-with-full-chrome"), null);

    assertThat(x.title()).isEqualTo(normal.title());
    assertThat(x.text()).contains(normal.paragraphs().get(0));
    assertThat(x.paragraphs().size()).isGreaterThan(normal.paragraphs().size());
  }

  @Test
  void aPageWithMoreElementsThanTheLimitSkipsScoringButKeepsItsText() {
    HtmlArticleExtractor capped =
        new HtmlArticleExtractor(HtmlExtractionConfig.defaults().withMaxNodes(10));

    HtmlExtraction x = capped.extract(Fixtures.page("news-article-with-full-chrome"), null);
    HtmlExtraction normal =
        Fixtures.EXTRACTOR.extract(Fixtures.page("news-article-with-full-chrome"), null);

    assertThat(x.text()).contains(normal.paragraphs().get(0));
  }
}
