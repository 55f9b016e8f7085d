package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.claims.ChainFixtures;
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
