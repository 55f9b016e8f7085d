package dev.newsdesk.extract.html;

import static dev.newsdesk.extract.html.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void jsonLdInAGraphOutranksOpenGraphAndTheTitleElement() {
    HtmlExtraction x = extract("news-article-with-full-chrome");

    assertThat(x.title()).isEqualTo("Harbour Bridge Reopens After Two-Year Repair");
    assertThat(x.byline()).isEqualTo("Lois Lane");
    assertThat(x.siteName()).isEqualTo("The Daily Planet");
    assertThat(x.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(x.publishedAt()).isEqualTo(Instant.parse("2024-03-05T06:30:00Z"));
    assertThat(x.canonicalUrl()).isEqualTo("https://news.example/city/harbour-bridge-reopens");
    assertThat(x.language()).isEqualTo("en");
    assertThat(x.description())
        .isEqualTo("Traffic flows again over the harbour after repairs ran a year late.");
  }

  @Test
  void openGraphAndMetaTagsFillInWhenThereIsNoJsonLd() {
    HtmlExtraction x = extract("blog-post-with-opengraph-only");

    assertThat(x.title()).isEqualTo("Why sourdough needs patience");
    assertThat(x.siteName()).isEqualTo("Crumb & Crust");
    assertThat(x.byline()).isEqualTo("Hannah Baker");
    assertThat(x.published()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(x.publishedAt()).isEqualTo(Instant.parse("2023-11-19T23:45:00Z"));
    assertThat(x.language()).isEqualTo("en");
    assertThat(x.canonicalUrl()).isNull();
  }

  @Test
  void dublinCoreAndAPlainDateMetaGiveADateWithoutAnInstant() {
    HtmlExtraction x = extract("table-layout-without-semantic-markup");

    assertThat(x.title()).isEqualTo("Council approves new library budget");
    assertThat(x.byline()).isEqualTo("Tom Reyes");
    assertThat(x.description()).isEqualTo("The town council voted for a bigger library budget.");
    assertThat(x.published()).isEqualTo(LocalDate.of(2022, 6, 14));
    assertThat(x.publishedAt()).isNull();
    assertThat(x.language()).isNull();
  }

  @Test
  void aJsonLdArrayWithSeveralAuthorsSkipsABrokenBlockAndOtherTypes() {
    HtmlExtraction x = extract("article-split-by-inline-ads");

    assertThat(x.title()).isEqualTo("Rio Verde floods: what we know");
    assertThat(x.byline()).isEqualTo("Ana Souza, Pedro Lima");
    assertThat(x.siteName()).isEqualTo("Jornal do Vale");
    assertThat(x.published()).isEqualTo(LocalDate.of(2021, 1, 28));
    assertThat(x.publishedAt()).isNull();
    assertThat(x.language()).isEqualTo("pt");
  }

  @Test
  void aTitleElementLosesItsSiteSuffixWhenOpenGraphNamesTheSite() {
    assertThat(extract("page-with-comments-longer-than-article").title())
        .isEqualTo("Library fines abolished");
  }

  @Test
  void aTitleElementLosesItsSiteSuffixWhenTheH1ConfirmsTheHeadline() {
    HtmlExtraction x = extract("non-english-article");

    assertThat(x.title()).isEqualTo("Neue Radwege für die Innenstadt");
    assertThat(x.language()).isEqualTo("de");
    assertThat(x.publishedAt()).isEqualTo(Instant.parse("2020-09-01T06:00:00Z"));
  }
}
