package dev.newsdesk.ingest;

import static dev.newsdesk.ingest.Golden.extractAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An item published at 00:30 local time (+02:00) on 4 June is dated 4 June, as its outlet printed
 * it, whatever container it came in; the instant stays exact.
 */
class LocalPublicationDateTest {
  private static final LocalDate LOCAL_DAY = LocalDate.of(2025, 6, 4);
  private static final Instant INSTANT = Instant.parse("2025-06-03T22:30:00Z");

  @Test
  void aWebPageKeepsTheLocalDateOfItsPublishedTime() {
    assertDated(
        "late.html",
        "<html><head><meta property=\"article:published_time\" content=\"2025-06-04T00:30:00+02:00\">"
            + "<title>Council sits past midnight</title></head><body><article>"
            + "<h1>Council sits past midnight</h1><p>The regional council sat until after midnight to"
            + " finish its debate on the standby ferry for Skarn, and took the vote at a quarter past"
            + " twelve.</p><p>Councillors said the late hour was worth it, because the islanders had"
            + " waited long enough for an answer.</p></article></body></html>");
  }

  @Test
  void aJsonLineKeepsTheLocalDateOfItsPublishedTime() {
    assertDated(
        "late.jsonl",
        "{\"id\": \"late-sitting\", \"title\": \"Council sits past midnight\", \"published\":"
            + " \"2025-06-04T00:30:00+02:00\", \"text\": \"The council sat until after midnight.\"}\n");
  }

  @Test
  void anRssItemKeepsTheLocalDateOfItsPubDate() {
    assertDated(
        "late.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Halvik Gazette</title><item>"
            + "<title>Council sits past midnight</title><pubDate>Wed, 04 Jun 2025 00:30:00 +0200"
            + "</pubDate><description>&lt;p&gt;The council sat until after midnight to finish the"
            + " debate.&lt;/p&gt;</description></item></channel></rss>");
  }

  private static void assertDated(String name, String content) {
    ReadBatch batch =
        new Ingest().read(new InputFile(name, content.getBytes(UTF_8)), InputFormat.AUTO);
    Article article = extractAll(batch).get(0);

    assertThat(article.publishedAt()).isEqualTo(INSTANT);
    assertThat(article.published()).isEqualTo(LOCAL_DAY);
  }
}
