package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a claim reads in the claims table: what was reported, with its source in its own column. */
class ClaimTextTest {

  @Test
  void aClauseAfterAccordingToIsTheClaimWithoutItsSource() throws Exception {
    List<Claim> claims =
        claimsOf(
            "Rebels near the port",
            "Rebel units advanced towards the port of Tarsk on Sunday. According to Kanal 9,"
                + " armed opposition groups have already entered the old town.");

    assertThat(claims)
        .filteredOn(c -> "Kanal 9".equals(c.origin()))
        .singleElement()
        .extracting(Claim::text)
        .isEqualTo("Armed opposition groups have already entered the old town.");
  }

  @Test
  void aClaimCutOffByAnEllipsisGetsNoFullStopAfterIt() throws Exception {
    List<Claim> claims =
        claimsOf(
            "Rebels near the port",
            "Rebel units advanced towards the port of Tarsk on Sunday. According to Kanal 9,"
                + " armed opposition groups have already entered the \u2026");

    assertThat(claims)
        .filteredOn(c -> "Kanal 9".equals(c.origin()))
        .singleElement()
        .extracting(Claim::text)
        .isEqualTo("Armed opposition groups have already entered the \u2026");
  }

  private static List<Claim> claimsOf(String title, String body) throws Exception {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(
        new RawDocument(
            "tarsk.txt",
            ContentKind.TEXT_BODY,
            title + "\n\n" + body,
            new ItemMetadata(
                null, "Coast Courier", title, LocalDate.of(2025, 6, 2), null, null, "en")));
    return pipeline.briefs().get(0).claims();
  }
}
