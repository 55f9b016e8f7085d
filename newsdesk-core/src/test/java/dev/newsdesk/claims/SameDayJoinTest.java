package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameDayJoinTest {

  @Test
  void twoFindingsInOtherWordsThatNameTheSameDayAreOneClaimWithTwoSources() throws Exception {
    List<Brief> briefs = ForumListingFixtures.briefs("May 3");

    assertThat(briefs).hasSize(1);
    List<Claim> forum = forumClaims(briefs.get(0));
    assertThat(forum)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.origin()).contains("Harbour Ledger").contains("Jonas Brell");
              assertThat(c.independentSources()).isEqualTo(2);
              assertThat(c.reportedBy()).hasSize(2);
            });
  }

  @Test
  void theSameWordsNamingAnotherDayStayTwoClaims() throws Exception {
    List<Brief> briefs = ForumListingFixtures.briefs("May 9");

    assertThat(briefs).hasSize(1);
    assertThat(forumClaims(briefs.get(0)))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.independentSources()).isEqualTo(1));
  }

  private static List<Claim> forumClaims(Brief brief) {
    return brief.claims().stream().filter(c -> c.text().contains("hacking forum")).toList();
  }
}
