package dev.newsdesk.brief;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Discrepancy;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.Report;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.model.TimelineEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The brief as Markdown that reads well in a terminal and renders well anywhere. */
public final class MarkdownReportRenderer implements ReportRenderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    CitationLabels labels = new CitationLabels(report);
    int items = report.stories().stream().mapToInt(b -> b.articles().size()).sum();
    out.write(
        "# Newsdesk brief: "
            + ReportRenderer.counted(report.stories().size(), "story", "stories")
            + " from "
            + ReportRenderer.counted(items, "item", "items")
            + "\n\n");
    for (Brief brief : report.stories()) {
      story(brief, labels, out);
    }
    if (!report.rejected().isEmpty()) {
      out.write("## Not read\n\n");
      for (Rejection r : report.rejected()) {
        out.write("- `" + r.input() + "`: " + r.reason() + "\n");
      }
      out.write("\n");
    }
    out.flush();
  }

  private static void story(Brief brief, CitationLabels labels, Writer out) throws IOException {
    out.write("## " + brief.headline() + "\n\n");
    out.write(
        "**Lead.** "
            + brief.lead().text()
            + " *("
            + labels.of(brief.lead().citations())
            + ")*\n\n");
    if (!brief.points().isEmpty()) {
      out.write("**Key points**\n\n");
      for (BriefPoint p : brief.points()) {
        out.write("- " + p.text() + " *(" + labels.of(p.citations()) + ")*\n");
      }
      out.write("\n");
    }
    if (!brief.claims().isEmpty()) {
      out.write(
          "**Where it comes from**\n\n| Claim | Origin | Carried by | Independent sources |\n|---|---|---|---|\n");
      for (Claim c : brief.claims()) {
        out.write(
            "| "
                + cell(c.text())
                + " | "
                + (c.origin() == null
                    ? "unattributed, first in " + labels.of(SourceRoles.earliest(brief, c))
                    : cell(c.origin()))
                + " | "
                + labels.of(c.reportedBy())
                + " | "
                + c.independentSources()
                + " |\n");
      }
      out.write("\n");
    }
    List<SourceRoles.Row> sources = SourceRoles.of(brief, labels::of);
    if (!brief.claims().isEmpty()) {
      out.write("**Sources**\n\n| Source | Role | Cites | Articles |\n|---|---|---|---|\n");
      for (SourceRoles.Row r : sources) {
        out.write(
            "| "
                + cell(r.name())
                + " | "
                + r.role().label()
                + " | "
                + cell(String.join("; ", r.cites()))
                + " | "
                + labels.of(r.articles())
                + " |\n");
      }
      out.write("\n");
    }
    if (!brief.timeline().isEmpty()) {
      out.write("**Timeline**\n\n");
      for (TimelineEntry t : brief.timeline()) {
        out.write(
            "- "
                + Dates.iso(t.date(), t.precision())
                + " — "
                + t.text()
                + " *("
                + (t.background() ? "background; " : "")
                + labels.of(t.citations())
                + ")*\n");
      }
      out.write("\n");
    }
    if (!brief.discrepancies().isEmpty()) {
      out.write("**Disputed**\n\n");
      for (Discrepancy d : brief.discrepancies()) {
        String variants =
            d.variants().stream()
                .map(v -> v.value() + " *(" + labels.of(v.citations()) + ")*")
                .collect(Collectors.joining(" vs "));
        out.write("- " + d.about() + ": " + variants + "\n");
      }
      out.write("\n");
    }
    String entities =
        brief.entities().stream()
            .filter(e -> e.mentions() > 1 || !e.aliases().isEmpty())
            .limit(12)
            .map(MarkdownReportRenderer::entity)
            .collect(Collectors.joining("; "));
    if (!entities.isEmpty()) {
      out.write("**Entities** — " + entities + "\n\n");
    }
    out.write("**Articles**\n\n");
    for (StoryMember m : brief.articles()) {
      Article a = m.article().article();
      out.write(
          "- "
              + labels.of(a.id())
              + ": "
              + (a.source() == null ? "unknown outlet" : a.source())
              + (a.title() == null ? "" : " — " + a.title())
              + (a.published() == null ? "" : " (" + a.published() + ")")
              + (m.isCopy() ? " — copy of " + labels.of(m.duplicateOf()) : "")
              + "\n");
    }
    out.write("\n");
  }

  private static String entity(Entity e) {
    return e.name()
        + (e.aliases().isEmpty() ? "" : " (also " + String.join(", ", e.aliases()) + ")");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
