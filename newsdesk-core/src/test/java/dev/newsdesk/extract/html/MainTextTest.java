package dev.newsdesk.extract.html;

import static dev.newsdesk.extract.html.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextTest {

  @Test
  void aNewsArticleKeepsItsParagraphsHeadingsAndListItemsAndLosesAllPageChrome() {
    HtmlExtraction x = extract("news-article-with-full-chrome");

    assertThat(x.paragraphs())
        .startsWith(
            "The harbour bridge reopened to traffic on Tuesday morning, ending a repair that closed"
                + " the city's busiest crossing for two years and ran twelve months over schedule.")
        .contains(
            "Commuters return",
            "Speed limit on the bridge: 50 km/h until the end of April.",
            "The cycle lane opens on the first of May.")
        .last()
        .asString()
        .startsWith("The authority said a full inspection would follow");
    assertThat(x.paragraphs()).hasSize(8);
    assertThat(x.text())
        .doesNotContain(
            "cookies",
            "Sport",
            "Home",
            "Share on",
            "By Lois Lane",
            "Photo: Jimmy Olsen",
            "Related stories",
            "Ferry strike",
            "comments",
            "In my day",
            "morning briefing",
            "Copyright",
            "Privacy");
  }

  @Test
  void aBlogPostDropsTheShareBoxSidebarWidgetsMenuAndFooter() {
    HtmlExtraction x = extract("blog-post-with-opengraph-only");

    assertThat(x.paragraphs())
        .contains(
            "Feed on a schedule",
            "What I use",
            "Whole rye flour for the rest, which the yeast seems to love.",
            "Filtered water at room temperature.")
        .hasSize(9);
    assertThat(x.text())
        .doesNotContain(
            "Share this",
            "Pinterest",
            "Recent posts",
            "newsletter",
            "Recipes",
            "Powered by",
            "November 19, 2023");
  }

  @Test
  void aTableLayoutPageYieldsTheCentreCellWithoutTheLinkColumnOrTheAdColumn() {
    HtmlExtraction x = extract("table-layout-without-semantic-markup");

    assertThat(x.text())
        .contains("The town council voted six to one on Monday night")
        .contains("Councillor Ada Brooks, who cast the only vote against")
        .contains("The new hours begin in September.")
        .doesNotContain("Contact us", "mortgage", "Page maintained");
  }

  @Test
  void inlineAdsReadMoreLinksRelatedBoxesAndHiddenParagraphsAreDroppedFromTheArticleBody() {
    HtmlExtraction x = extract("article-split-by-inline-ads");

    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.paragraphs().get(0)).startsWith("Heavy rain over the weekend");
    assertThat(x.paragraphs().get(3)).startsWith("Schools in the affected districts");
    assertThat(x.text())
        .doesNotContain(
            "Advertisement",
            "Read more",
            "See also",
            "Insurance",
            "hidden paragraph",
            "Loading comments");
  }

  @Test
  void aCommentSectionLongerThanTheArticleDoesNotWinTheScoring() {
    HtmlExtraction x = extract("page-with-comments-longer-than-article");

    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(0)).startsWith("The county library will stop charging fines");
    assertThat(x.text()).doesNotContain("terrible idea", "As a librarian", "Comments");
  }

  @Test
  void aGermanArticleIsFoundWithoutEnglishClassNamesToHelp() {
    HtmlExtraction x = extract("non-english-article");

    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(0)).startsWith("Die Stadt baut bis zum Sommer");
    assertThat(x.text()).doesNotContain("Startseite", "Teilen", "Impressum");
  }
}
