package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.claims.ForumListingFixtures;
import dev.newsdesk.model.Brief;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiRootSourcesTest {

  @Test
  void anArticleOfAClaimWithTwoRootsCitesTheRootItNamesNotTheOther() throws Exception {
    Brief story = ForumListingFixtures.briefs("May 3").get(0);
    assertThat(story.claims())
        .anySatisfy(c -> assertThat(c.origin()).contains("Harbour Ledger; Jonas Brell"));

    List<SourceRoles.Row> rows = SourceRoles.of(story, id -> id.value());

    assertThat(rows)
        .filteredOn(r -> r.name().equals("Delta Courier"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.cites())
                    .contains("Jonas Brell (Quillgate)")
                    .doesNotContain("Harbour Ledger"));
    assertThat(rows)
        .filteredOn(r -> r.name().equals("Harbour Ledger"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.role()).isEqualTo(SourceRoles.Role.ORIGIN);
              assertThat(r.cites()).doesNotContain("Jonas Brell (Quillgate)");
            });
  }
}
