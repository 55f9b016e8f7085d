package dev.newsdesk.ingest;

import static dev.newsdesk.ingest.Golden.extractAll;
import static dev.newsdesk.ingest.Golden.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What already holds for the full article dump while its golden test waits on a fix: the split, the
 * page metadata, and every kind of boilerplate but the embedded post's text.
 */
class ArticleDumpTest {
  private static final String DUMP = "article-dump-with-banner-embedded-post-and-teaser";

  @Test
  void theTrailingTeaserIsSplitOffAsASecondTitledItemThatInheritsDateAndOutlet() {
    List<RawDocument> items = read(DUMP).items();

    assertThat(items)
        .extracting(RawDocument::input)
        .containsExactly(DUMP + ".txt#1", DUMP + ".txt#2");
    assertThat(items)
        .extracting(RawDocument::kind)
        .containsExactly(ContentKind.TEXT_ARTICLE, ContentKind.TEXT_TITLED);
    assertThat(items)
        .allSatisfy(item -> assertThat(item.metadata().published()).isEqualTo("2025-06-03"))
        .allSatisfy(item -> assertThat(item.metadata().source()).isEqualTo("Halvik Gazette"));
  }

  @Test
  void theStoryTakesTitleBylineDateAndOutletFromTheLinesThatCarryThem() {
    Article story = extractAll(read(DUMP)).get(0);

    assertThat(story.title())
        .isEqualTo("Skarn ferry fire: engine-room blaze forces Nordvest vessel back to Halvik");
    assertThat(story.byline()).isEqualTo("Maren Holt");
    assertThat(story.published()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(story.source()).isEqualTo("Halvik Gazette");
  }

  @Test
  void theStoryLosesBannerBylineCaptionPostMarkupReadMoreAuthorShareFooterAndTeaser() {
    String text = extractAll(read(DUMP)).get(0).text();

    assertThat(text)
        .startsWith("A fire broke out in the engine room")
        .endsWith("to begin an investigation.")
        .doesNotContain(
            "donate",
            "3 min read",
            "Photo:",
            "Ole Brandt",
            "pic.twitter.com",
            "#Halvik",
            "@halvikharbour",
            "Read more",
            "Author:",
            "Share this",
            "©",
            "All rights reserved",
            "pay deal");
  }
}
