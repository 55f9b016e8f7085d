package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireCreditFinderTest {
  private final WireCreditFinder finder = new WireCreditFinder();

  @Test
  void aDatelineCreditNamesTheAgency() throws IOException {
    assertThat(credit("dateline-agency-in-parentheses"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.agency()).isEqualTo("AP");
              assertThat(c.form()).isEqualTo(WireCredit.Form.DATELINE);
            });
  }

  @Test
  void aDatelineShortFormIsWrittenOutFromTheAgencyNamedElsewhere() throws IOException {
    assertThat(credit("dateline-short-form-of-a-named-agency").map(WireCredit::agency))
        .hasValue("Vostra News Agency");
  }

  @Test
  void theReportingAndEditingSignatureIsReuters() throws IOException {
    assertThat(credit("signature-reporting-and-editing").map(WireCredit::agency))
        .hasValue("Reuters");
  }

  @Test
  void aClosingContributedLineIsACredit() throws IOException {
    assertThat(credit("trailer-agency-contributed").map(WireCredit::agency)).hasValue("AFP");
  }

  @Test
  void anAgencyCitedInsideASentenceIsNotACredit() throws IOException {
    assertThat(credit("agency-cited-in-a-sentence-is-no-credit")).isEmpty();
  }

  @Test
  void aPhotoCreditIsNotACredit() throws IOException {
    assertThat(credit("photo-credit-is-no-credit")).isEmpty();
  }

  @Test
  void anAgencysOwnSeriesTitleOnTheFirstLineIsACredit() {
    assertThat(
            finder.find(
                List.of(
                    "7 Things to Know for Today.",
                    "Your daily look at the news of the day:",
                    "1. FLOODS CLOSE THE HARBOUR ROAD.")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.agency()).isEqualTo("AP");
              assertThat(c.form()).isEqualTo(WireCredit.Form.SERIES);
            });
    assertThat(finder.find(List.of("The Latest: Council votes on the tram line", "The vote…")))
        .map(WireCredit::agency)
        .hasValue("AP");
  }

  @Test
  void aSeriesTitleInsideTheTextIsNoCredit() {
    assertThat(
            finder.find(
                List.of(
                    "Readers asked what to watch this week.",
                    "The paper's own list, 7 Things to Know for Today, runs on page two.")))
        .isEmpty();
    assertThat(finder.find(List.of("The latest: a quiet day at the port."))).isEmpty();
  }

  @Test
  void aBylineThatOpensWithAnAgencyIsACredit() {
    assertThat(WireCreditFinder.agencyAtStart("Norda Press Agency March 14, 2025"))
        .hasValue("Norda Press Agency");
    assertThat(WireCreditFinder.agencyAtStart("The Associated Press")).hasValue("AP");
    assertThat(WireCreditFinder.agencyAtStart("Tim Zadorozhnyy")).isEmpty();
  }

  private Optional<WireCredit> credit(String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/claims/wire/" + fixture + ".txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return finder.find(List.of(text.split("\n\n")));
    }
  }
}
