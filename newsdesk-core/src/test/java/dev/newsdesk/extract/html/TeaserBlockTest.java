package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserBlockTest {

  private static final String ARTICLE_PARAGRAPH =
      "<p>The town's new lifeboat was launched on Saturday, paid for by ten years of cake sales,"
          + " a sponsored swim and one very large anonymous gift, the station manager said.</p>";

  private static final String TEASER =
      "<p>Gardeners on the allotments have grown a pumpkin heavier than the mayor, and they"
          + " plan to weigh it again at the autumn fair, where the judges will decide …</p>";

  @Test
  void aBlockOpenedByARelatedPostsHeadingIsDroppedEvenWhenItsTeasersOutweighTheArticle() {
    String html =
        "<html><body><div>"
            + "<article class=\"post\">"
            + ARTICLE_PARAGRAPH.repeat(4)
            + "</article>"
            + "<article class=\"post\"><h3 class=\"related-posts-title\">You may also like</h3>"
            + TEASER.repeat(8)
            + "</article>"
            + "</div></body></html>";

    HtmlExtraction x = Fixtures.EXTRACTOR.extract(html, "https://news.example/lifeboat");

    assertThat(x.text()).contains("new lifeboat was launched").doesNotContain("pumpkin");
  }
}
