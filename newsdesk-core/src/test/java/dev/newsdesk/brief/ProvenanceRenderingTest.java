package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.claims.ChainFixtures;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Report;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProvenanceRenderingTest {
  private static Report report;

  @BeforeAll
  static void briefTheChainFixtures() throws Exception {
    report = new Report(Instant.EPOCH, ChainFixtures.briefs(), List.of());
  }

  @Test
  void theAgencyIsAnOriginAndThePaperCitingItARepeater() {
    List<SourceRoles.Row> rows = SourceRoles.of(report.stories().get(0), id -> id.value());
    assertThat(rows)
        .filteredOn(r -> r.name().equals("Vostra News Agency"))
        .singleElement()
        .extracting(SourceRoles.Row::role)
        .isEqualTo(SourceRoles.Role.ORIGIN);
    assertThat(rows)
        .filteredOn(r -> r.role() == SourceRoles.Role.REPEATER)
        .anySatisfy(r -> assertThat(r.cites()).contains("Vostra News Agency"));
  }

  @Test
  void theFirstCarrierOfAClaimNoOneAttributesIsItsOriginAndEveryRepeaterCitesSomeone()
      throws Exception {
    List<Brief> briefs =
        ChainFixtures.briefs(
            new RawDocument(
                "harbour-watch.txt",
                ContentKind.TEXT_BODY,
                "Kelda dock strike enters second day\n\n"
                    + "The dock strike at the port of Kelda entered its second day on Saturday, and the"
                    + " harbour master closed the outer basin to new arrivals.\n\n"
                    + "Pilots at Kelda were told to turn back vessels bound for the port.",
                ItemMetadata.none()));
    Brief story = briefs.get(0);
    List<SourceRoles.Row> rows = SourceRoles.of(story, id -> id.value());
    ArticleId ownReport =
        story.articles().stream()
            .filter(m -> m.article().article().input().equals("harbour-watch.txt"))
            .findFirst()
            .orElseThrow()
            .id();

    assertThat(story.claims())
        .anySatisfy(
            c -> {
              assertThat(c.origin()).isNull();
              assertThat(c.reportedBy()).containsExactly(ownReport);
            });
    assertThat(rows)
        .filteredOn(r -> r.articles().contains(ownReport))
        .singleElement()
        .satisfies(r -> assertThat(r.cites()).isEmpty())
        .extracting(SourceRoles.Row::role)
        .isEqualTo(SourceRoles.Role.ORIGIN);
    StringWriter markdown = new StringWriter();
    new MarkdownReportRenderer().render(new Report(Instant.EPOCH, briefs, List.of()), markdown);
    assertThat(markdown.toString()).contains("| unattributed, first in ");
    StringWriter json = new StringWriter();
    new JsonReportRenderer().render(new Report(Instant.EPOCH, briefs, List.of()), json);
    assertThat(json.toString()).contains("\"firstReportedBy\" : \"" + ownReport.value() + "\"");
    assertThat(rows)
        .filteredOn(r -> r.role() == SourceRoles.Role.REPEATER)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.cites()).isNotEmpty());
  }

  @Test
  void theHtmlBriefDrawsWhoCitesWhomAsAnInlineSvgWithoutScriptOrNetwork() throws Exception {
    StringWriter out = new StringWriter();
    new HtmlReportRenderer().render(report, out);
    String html = out.toString();
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    assertThat(svg).contains("<line").contains("Vostra News Agency");
    assertThat(svg).doesNotContain("<script").doesNotContain("http");
  }

  @Test
  void jsonCarriesTheSourcesTable() throws Exception {
    StringWriter out = new StringWriter();
    new JsonReportRenderer().render(report, out);
    assertThat(out.toString()).contains("\"sources\"").contains("\"role\" : \"origin\"");
  }
}
