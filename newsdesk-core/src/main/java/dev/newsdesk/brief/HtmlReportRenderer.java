package dev.newsdesk.brief;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
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

/**
 * The brief as one self-contained HTML file: no network, no external script. A citation opens the
 * cited article's text beside the brief. Every piece of article text is escaped.
 */
public final class HtmlReportRenderer implements ReportRenderer {
  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}"
          + "main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem 30vh}"
          + "h1{font-size:1.1rem;color:#666;font-weight:500}"
          + "article.story{background:#fff;border-radius:10px;padding:1rem 1.5rem;margin:1.25rem 0;box-shadow:0 1px 3px #0002}"
          + "h2{font-size:1.45rem;line-height:1.25;margin:.3rem 0 .6rem}h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#777;margin:1.2rem 0 .4rem}"
          + ".lead{font-size:1.08rem}a.cite{font-size:.75rem;background:#e8eefc;color:#1a3d8f;border-radius:4px;padding:0 .3rem;margin-left:.15rem;text-decoration:none;cursor:pointer;white-space:nowrap}"
          + "a.cite:hover,a.cite:focus{background:#1a3d8f;color:#fff}table{border-collapse:collapse;width:100%;font-size:.9rem;table-layout:fixed}td,th{border-bottom:1px solid #eee;padding:.35rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}"
          + "th:nth-child(1){width:48%}th:nth-child(2){width:20%}th:nth-child(3){width:22%}th:nth-child(4){width:10%}td a.cite{display:inline-block;margin:.1rem}"
          + ".bg{color:#888}.copy{color:#888;font-size:.85rem}ul{padding-left:1.2rem}"
          + "#reader{position:fixed;right:0;bottom:0;left:0;max-height:40vh;overflow:auto;background:#fffdf4;border-top:3px solid #1a3d8f;padding:.8rem 1.5rem;display:none;white-space:pre-wrap;box-shadow:0 -2px 8px #0002}"
          + "#reader.open{display:block}#reader b{display:block;margin-bottom:.4rem}"
          + "@media(min-width:70rem){#reader{top:0;left:auto;width:30rem;max-height:none;border-top:0;border-left:3px solid #1a3d8f}}";
  private static final String SCRIPT =
      "document.addEventListener('click',function(e){var a=e.target.closest('a.cite');if(!a)return;e.preventDefault();"
          + "var t=document.getElementById('text-'+a.dataset.article),r=document.getElementById('reader');"
          + "r.innerHTML='';var h=document.createElement('b');h.textContent=t.dataset.label;r.appendChild(h);"
          + "r.appendChild(document.createTextNode(t.content.textContent));r.classList.add('open');});"
          + "document.addEventListener('keydown',function(e){if(e.key==='Escape')document.getElementById('reader').classList.remove('open');});";

  @Override
  public void render(Report report, Writer out) throws IOException {
    CitationLabels labels = new CitationLabels(report);
    out.write(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    out.write("<title>Newsdesk brief</title><style>" + STYLE + "</style></head><body><main>");
    out.write(
        "<h1>Newsdesk brief · "
            + ReportRenderer.counted(report.stories().size(), "story", "stories")
            + " · generated "
            + esc(report.generatedAt().toString())
            + "</h1>");
    for (Brief brief : report.stories()) {
      story(brief, labels, out);
    }
    if (!report.rejected().isEmpty()) {
      out.write("<article class=\"story\"><h3>Not read</h3><ul>");
      for (Rejection r : report.rejected()) {
        out.write("<li><code>" + esc(r.input()) + "</code>: " + esc(r.reason()) + "</li>");
      }
      out.write("</ul></article>");
    }
    for (Brief brief : report.stories()) {
      for (StoryMember m : brief.articles()) {
        Article a = m.article().article();
        String label =
            labels.of(a.id())
                + (a.source() == null ? "" : " · " + a.source())
                + (a.title() == null ? "" : " · " + a.title());
        out.write(
            "<template id=\"text-"
                + esc(a.id().value())
                + "\" data-label=\""
                + esc(label)
                + "\">"
                + esc(m.article().text())
                + "</template>");
      }
    }
    out.write(
        "</main><aside id=\"reader\" aria-live=\"polite\"></aside><script>"
            + SCRIPT
            + "</script></body></html>\n");
    out.flush();
  }

  private static void story(Brief brief, CitationLabels labels, Writer out) throws IOException {
    out.write(
        "<article class=\"story\" id=\""
            + esc(brief.id().value())
            + "\"><h2>"
            + esc(brief.headline())
            + "</h2>");
    out.write(
        "<p class=\"lead\">"
            + esc(brief.lead().text())
            + cites(brief.lead().citations(), labels)
            + "</p>");
    if (!brief.points().isEmpty()) {
      out.write("<h3>Key points</h3><ul>");
      for (BriefPoint p : brief.points()) {
        out.write("<li>" + esc(p.text()) + cites(p.citations(), labels) + "</li>");
      }
      out.write("</ul>");
    }
    if (!brief.claims().isEmpty()) {
      out.write(
          "<h3>Where it comes from</h3><table><tr><th>Claim</th><th>Origin</th><th>Carried by</th><th>Sources</th></tr>");
      for (Claim c : brief.claims()) {
        out.write(
            "<tr><td>"
                + esc(c.text())
                + "</td><td>"
                + (c.origin() == null
                    ? "unattributed, first in "
                        + cites(List.of(SourceRoles.earliest(brief, c)), labels)
                    : esc(c.origin()))
                + "</td><td>"
                + cites(c.reportedBy(), labels)
                + "</td><td>"
                + c.independentSources()
                + "</td></tr>");
      }
      out.write("</table>");
    }
    if (!brief.claims().isEmpty()) {
      List<SourceRoles.Row> sources = SourceRoles.of(brief, labels::of);
      out.write(
          "<h3>Who cites whom</h3>"
              + ProvenanceGraph.svg(sources)
              + "<table><tr><th>Source</th><th>Role</th><th>Cites</th><th>Articles</th></tr>");
      for (SourceRoles.Row r : sources) {
        out.write(
            "<tr><td>"
                + esc(r.name())
                + "</td><td>"
                + r.role().label()
                + "</td><td>"
                + esc(String.join("; ", r.cites()))
                + "</td><td>"
                + cites(r.articles(), labels)
                + "</td></tr>");
      }
      out.write("</table>");
    }
    if (!brief.timeline().isEmpty()) {
      out.write("<h3>Timeline</h3><ul>");
      for (TimelineEntry t : brief.timeline()) {
        out.write(
            "<li"
                + (t.background() ? " class=\"bg\"" : "")
                + "><b>"
                + Dates.iso(t.date(), t.precision())
                + "</b> "
                + esc(t.text())
                + cites(t.citations(), labels)
                + "</li>");
      }
      out.write("</ul>");
    }
    if (!brief.discrepancies().isEmpty()) {
      out.write("<h3>Disputed</h3><ul>");
      for (Discrepancy d : brief.discrepancies()) {
        out.write("<li>" + esc(d.about()) + ":");
        for (Discrepancy.Variant v : d.variants()) {
          out.write(" <b>" + esc(v.value()) + "</b>" + cites(v.citations(), labels));
        }
        out.write("</li>");
      }
      out.write("</ul>");
    }
    List<Entity> shown =
        brief.entities().stream()
            .filter(e -> e.mentions() > 1 || !e.aliases().isEmpty())
            .limit(12)
            .toList();
    if (!shown.isEmpty()) {
      out.write("<h3>Entities</h3><p>");
      for (Entity e : shown) {
        out.write(
            "<span title=\""
                + e.type()
                + "\">"
                + esc(e.name())
                + "</span>"
                + (e.aliases().isEmpty()
                    ? ""
                    : " <small>(also " + esc(String.join(", ", e.aliases())) + ")</small>")
                + "; ");
      }
      out.write("</p>");
    }
    out.write("<h3>Sources</h3><ul>");
    for (StoryMember m : brief.articles()) {
      Article a = m.article().article();
      out.write(
          "<li"
              + (m.isCopy() ? " class=\"copy\"" : "")
              + ">"
              + cites(List.of(a.id()), labels)
              + " "
              + esc(a.source() == null ? "unknown outlet" : a.source())
              + (a.title() == null ? "" : " — " + esc(a.title()))
              + (a.published() == null ? "" : " <small>" + a.published() + "</small>")
              + (m.isCopy() ? " · copy of " + esc(labels.of(m.duplicateOf())) : "")
              + "</li>");
    }
    out.write("</ul></article>");
  }

  private static String cites(List<ArticleId> ids, CitationLabels labels) {
    StringBuilder html = new StringBuilder();
    for (ArticleId id : ids) {
      html.append("<a class=\"cite\" href=\"#\" data-article=\"")
          .append(esc(id.value()))
          .append("\">")
          .append(esc(labels.of(id)))
          .append("</a>");
    }
    return html.toString();
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
