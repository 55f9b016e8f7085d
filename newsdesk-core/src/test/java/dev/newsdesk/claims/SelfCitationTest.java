package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfCitationTest {

  @Test
  void anOutletNamingItselfDoesNotBecomeTheOriginOfWhatItsSourcesSaid() throws Exception {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(
        article(
            "Harbour Ledger",
            "Tallow Robotics recalls warehouse robots after gripper faults",
            "Tallow Robotics said on Monday that it would recall 4,000 warehouse robots after "
                + "grippers failed in testing. The faults were first logged in March, according "
                + "to documents reviewed by the Harbour Ledger. Chief executive Rosa Quill said "
                + "the company would pay for every repair."));
    pipeline.accept(
        article(
            "Delta Courier",
            "Tallow Robotics to recall 4,000 warehouse robots",
            "Tallow Robotics said on Monday that it would recall 4,000 warehouse robots after "
                + "the grippers failed in testing. Chief executive Rosa Quill said the company "
                + "would pay for every repair."));
    List<Brief> briefs = pipeline.briefs();
    assertThat(briefs).hasSize(1);
    Claim repairs =
        briefs.get(0).claims().stream()
            .filter(c -> c.text().contains("repair"))
            .findFirst()
            .orElseThrow();
    assertThat(repairs.origin()).isEqualTo("Rosa Quill");
    assertThat(repairs.independentSources()).isEqualTo(1);
  }

  private static RawDocument article(String outlet, String title, String body) {
    ItemMetadata metadata =
        new ItemMetadata(null, outlet, title, LocalDate.of(2025, 6, 2), null, null, "en");
    return new RawDocument(
        outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".txt",
        ContentKind.TEXT_BODY,
        title + "\n\n" + body,
        metadata);
  }
}
