package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One outlet written with and without its leading "The" is one row of the sources table. */
class OutletIdentityTest {

  @Test
  void anOutletWithAndWithoutItsArticleIsOneSource() throws Exception {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(
        article(
            "feed.xml#1",
            "The Harbour Ledger",
            "Port of Tarsk closes after crane collapse",
            "The port of Tarsk closed on Monday after a crane collapsed onto a cargo ship, the"
                + " harbour authority said. No one was hurt, the authority said."));
    pipeline.accept(
        article(
            "search.txt#2",
            "Harbour Ledger",
            "Tarsk port shut after crane falls",
            "The port of Tarsk was shut on Monday after a crane fell onto a cargo ship, the harbour"
                + " authority said."));
    List<Brief> briefs = pipeline.briefs();
    assertThat(briefs).hasSize(1);

    List<SourceRoles.Row> rows = SourceRoles.of(briefs.get(0), id -> id.value());

    assertThat(rows)
        .filteredOn(r -> r.name().contains("Harbour Ledger"))
        .singleElement()
        .satisfies(r -> assertThat(r.name()).isEqualTo("The Harbour Ledger"))
        .satisfies(r -> assertThat(r.articles()).hasSize(2));
  }

  private static RawDocument article(String input, String outlet, String title, String body) {
    return new RawDocument(
        input,
        ContentKind.TEXT_BODY,
        title + "\n\n" + body,
        new ItemMetadata(null, outlet, title, LocalDate.of(2025, 6, 2), null, null, "en"));
  }
}
