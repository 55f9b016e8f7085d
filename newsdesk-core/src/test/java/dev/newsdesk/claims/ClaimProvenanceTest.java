package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Discrepancy;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimProvenanceTest {
  private static Brief brief;

  @BeforeAll
  static void briefTheChainFixtures() throws Exception {
    List<Brief> briefs = ChainFixtures.briefs();
    assertThat(briefs).hasSize(1);
    brief = briefs.get(0);
  }

  @Test
  void aClaimRepeatedFromACreditedWireTracesToTheAgencyAsOneSource() {
    Claim walkout =
        brief.claims().stream()
            .filter(c -> c.text().contains("300 dockers"))
            .findFirst()
            .orElseThrow();
    assertThat(walkout.origin()).isEqualTo("Vostra News Agency");
    assertThat(walkout.independentSources()).isEqualTo(1);
    assertThat(walkout.reportedBy()).hasSize(2);
  }

  @Test
  void aDifferentCountOfTheSameThingIsADiscrepancyWithBothVariants() {
    assertThat(brief.discrepancies()).hasSize(1);
    Discrepancy d = brief.discrepancies().get(0);
    assertThat(d.variants())
        .extracting(Discrepancy.Variant::value)
        .containsExactlyInAnyOrder("300 dockers", "450 dockers");
  }

  @Test
  void theSourceTheOwnReportingPaperQuotesIsItsOwnOrigin() {
    assertThat(brief.claims())
        .filteredOn(c -> c.text().contains("450"))
        .extracting(Claim::origin)
        .allMatch(o -> o != null && o.contains("Mira Sand"));
  }
}
