package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metadata rules taken from Mozilla Readability, each on a small invented page. */
class ReadabilityMetadataRulesTest {

  private static HtmlExtraction extract(String head, String body) {
    return Fixtures.EXTRACTOR.extract(
        "<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://news.example/page");
  }

  private static final String ARTICLE =
      "<article><p>The ferry to the outer islands will run twice a day from May, the harbour"
          + " board said on Tuesday, after a winter of cancelled crossings.</p><p>Islanders had"
          + " asked for a second boat for years; the board found the money in its repair"
          + " budget.</p></article>";

  @Test
  void aPropertyListingSeveralKeysGivesEachOfThemTheValue() {
    HtmlExtraction x =
        extract(
            "<title>Title element</title>"
                + "<meta property=\"x:title dc:title\" content=\"Ferry timetable doubles\">"
                + "<meta property=\"dc:creator og:site_name\" content=\"Mara Quill\">",
            ARTICLE);

    assertThat(x.title()).isEqualTo("Ferry timetable doubles");
    assertThat(x.byline()).isEqualTo("Mara Quill");
  }

  @Test
  void dublinCoreOutranksOpenGraphAndTheLaterOfTwoEqualKeysWins() {
    HtmlExtraction x =
        extract(
            "<meta property=\"og:title\" content=\"Open Graph title\">"
                + "<meta name=\"DC.title\" content=\"First Dublin Core title\">"
                + "<meta property=\"dc:title\" content=\"Second Dublin Core title\">",
            ARTICLE);

    assertThat(x.title()).isEqualTo("Second Dublin Core title");
  }

  @Test
  void jsonLdWrappedInCdataIsRead() {
    HtmlExtraction x =
        extract(
            "<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry service doubles\",\"author\":{\"name\":\"Mara Quill\"}}]]>"
                + "</script>",
            ARTICLE);

    assertThat(x.title()).isEqualTo("Ferry service doubles");
    assertThat(x.byline()).isEqualTo("Mara Quill");
  }

  @Test
  void aJsonLdHeadlineBeatsTheNameOnlyWhenItReadsLikeThePageTitle() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Harbour Board\","
            + "\"headline\":\"Second ferry for the outer islands\"}</script>";

    assertThat(extract("<title>Second ferry for the outer islands</title>" + ld, ARTICLE).title())
        .isEqualTo("Second ferry for the outer islands");
    assertThat(extract("<title>Island news</title>" + ld, ARTICLE).title())
        .isEqualTo("Harbour Board");
  }

  @Test
  void aTitleElementOutsideTheHeadIsFoundAndAnSvgTitleIsNot() {
    HtmlExtraction x =
        extract(
            "",
            "<svg><title>icon-close</title></svg><title>Second ferry for the outer islands</title>"
                + ARTICLE);

    assertThat(x.title()).isEqualTo("Second ferry for the outer islands");
  }

  @Test
  void aVisibleBylineElementNamesTheAuthorWhenTheMetadataDoesNot() {
    HtmlExtraction x =
        extract(
            "",
            "<div class=\"byline\" hidden>By Nobody</div>"
                + "<p class=\"article-byline\">By  Mara Quill</p>"
                + ARTICLE);

    assertThat(x.byline()).isEqualTo("By Mara Quill");
  }

  @Test
  void anItempropNameInsideTheBylineElementNarrowsIt() {
    HtmlExtraction x =
        extract(
            "",
            "<div itemprop=\"author\">Words by <span itemprop=\"name\">Mara Quill</span></div>"
                + ARTICLE);

    assertThat(x.byline()).isEqualTo("Mara Quill");
  }

  @Test
  void aMarkedElementTooLongForABylineIsPassedOver() {
    HtmlExtraction x =
        extract(
            "",
            "<div class=\"author-bio\">"
                + "Mara writes about boats. ".repeat(8)
                + "</div>"
                + ARTICLE);

    assertThat(x.byline()).isNull();
  }

  @Test
  void aPageWithoutADescriptionIsSummedUpByItsFirstParagraph() {
    HtmlExtraction x = extract("<title>Ferry</title>", "<h2>Islands</h2>" + ARTICLE);

    assertThat(x.description()).startsWith("The ferry to the outer islands will run twice a day");
  }

  @Test
  void theParselyTitleIsTheLastMetadataTitleBeforeTheTitleElement() {
    HtmlExtraction x =
        extract(
            "<title>Island news</title><meta name=\"parsely-title\" content=\"Ferry doubles\">",
            ARTICLE);

    assertThat(x.title()).isEqualTo("Ferry doubles");
  }
}
