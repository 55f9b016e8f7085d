package dev.newsdesk.ingest;

import static dev.newsdesk.ingest.Golden.assertExtracts;

import org.junit.jupiter.api.Test;

/** Every input shape, read with detection and extracted, against its hand-checked expected file. */
class GoldenFileTest {

  @Test
  void aDigestSplitsOnDashLinesAndMarksItemsEndingInAnEllipsisAsTruncated() {
    assertExtracts("digest-with-truncated-items");
  }

  @Test
  void aDigestInWindows1252IsDecodedByTheFallbackWithItsAccentsAndQuotes() {
    assertExtracts("digest-in-windows-1252");
  }

  @Test
  void aSnippetPageGivesOneItemPerLineAndDropsThePromoSentenceThatSharesALine() {
    assertExtracts("snippets-with-inline-promo-and-cut-lines");
  }

  @Test
  void aSnippetCutOffMidSentenceWithoutAnEllipsisIsMarkedTruncated() {
    assertExtracts("snippets-cut-mid-sentence-without-ellipsis");
  }

  @Test
  void anArticleDumpLosesAllItsBoilerplateAndItsTrailingTeaserBecomesASecondItem() {
    assertExtracts("article-dump-with-banner-embedded-post-and-teaser");
  }

  @Test
  void anArticleDumpWithoutTitleOrBlankLinesIsOneUntitledArticle() {
    assertExtracts("article-dump-without-title");
  }

  @Test
  void jsonLinesTakeTheirMetadataFromFieldsAndTheirTextFromTextOrHtml() {
    assertExtracts("jsonl-with-text-and-html-items");
  }

  @Test
  void jsonLinesRejectABrokenLineAndADuplicateIdByItemNameAndReadTheRest() {
    assertExtracts("jsonl-with-invalid-line-and-duplicate-id");
  }

  @Test
  void anRssFeedGivesOneArticlePerItemWithTheChannelAsSource() {
    assertExtracts("rss-2.0-with-cdata-and-escaped-html");
  }

  @Test
  void anRssItemLosesTheAppearedFirstOnTrailer() {
    assertExtracts("rss-2.0-with-appeared-first-on-trailer");
  }

  @Test
  void anAtomFeedTakesAuthorsAndFallsBackToTheSummaryAndTheUpdatedDate() {
    assertExtracts("atom-with-authors-and-html-content");
  }

  @Test
  void aJsonFeedReadsTextAndHtmlItemsAndRejectsAnItemWithNoContent() {
    assertExtracts("json-feed-1.1-with-text-html-and-empty-items");
  }

  @Test
  void aWebPageKeepsOnlyItsStoryAndTakesItsMetadataFromTheHead() {
    assertExtracts("html-page-with-site-chrome");
  }

  @Test
  void anOpmlListReadsNoArticlesAndNamesEachFeedUrlInARejection() {
    assertExtracts("feed-list");
  }
}
