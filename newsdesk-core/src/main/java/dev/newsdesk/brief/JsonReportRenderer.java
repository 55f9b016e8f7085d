package dev.newsdesk.brief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The brief as JSON: output contract v1 ({@code shared/contract/brief-json.md}), field for field.
 */
public final class JsonReportRenderer implements ReportRenderer {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(Report report, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("generatedAt", report.generatedAt().toString());
    ArrayNode stories = root.putArray("stories");
    report.stories().forEach(brief -> stories.add(story(brief)));
    ArrayNode rejected = root.putArray("rejected");
    for (Rejection r : report.rejected()) {
      rejected.addObject().put("input", r.input()).put("reason", r.reason());
    }
    JSON.writeValue(new NonClosingWriter(out), root);
    out.write('\n');
    out.flush();
  }

  private static ObjectNode story(Brief brief) {
    ObjectNode story = JSON.createObjectNode();
    story.put("id", brief.id().value());
    story.put("headline", brief.headline());
    story.put("lead", brief.lead().text());
    ids(story.putArray("leadCitations"), brief.lead().citations());
    ArrayNode articles = story.putArray("articles");
    brief.articles().forEach(m -> articles.add(article(m)));
    ArrayNode points = story.putArray("points");
    for (BriefPoint p : brief.points()) {
      ObjectNode point = points.addObject().put("text", p.text());
      ids(point.putArray("citations"), p.citations());
    }
    ArrayNode entities = story.putArray("entities");
    for (Entity e : brief.entities()) {
      ObjectNode entity = entities.addObject().put("name", e.name()).put("type", e.type().name());
      e.aliases().forEach(entity.putArray("aliases")::add);
      entity.put("mentions", e.mentions());
    }
    ArrayNode claims = story.putArray("claims");
    for (Claim c : brief.claims()) {
      ObjectNode claim = claims.addObject().put("text", c.text()).put("origin", c.origin());
      ids(claim.putArray("reportedBy"), c.reportedBy());
      claim.put("independentSources", c.independentSources());
      claim.put("firstReportedBy", SourceRoles.earliest(brief, c).value());
    }
    ArrayNode sources = story.putArray("sources");
    for (SourceRoles.Row r : SourceRoles.of(brief, ArticleId::value)) {
      ObjectNode source = sources.addObject().put("name", r.name()).put("role", r.role().label());
      r.cites().forEach(source.putArray("cites")::add);
      ids(source.putArray("articles"), r.articles());
    }
    ArrayNode timeline = story.putArray("timeline");
    for (TimelineEntry t : brief.timeline()) {
      ObjectNode entry =
          timeline
              .addObject()
              .put("date", Dates.iso(t.date(), t.precision()))
              .put("precision", t.precision().name().toLowerCase(java.util.Locale.ROOT));
      entry.put("text", t.text()).put("background", t.background());
      ids(entry.putArray("citations"), t.citations());
    }
    ArrayNode discrepancies = story.putArray("discrepancies");
    for (Discrepancy d : brief.discrepancies()) {
      ObjectNode node = discrepancies.addObject().put("about", d.about());
      ArrayNode variants = node.putArray("variants");
      for (Discrepancy.Variant v : d.variants()) {
        ids(variants.addObject().put("value", v.value()).putArray("citations"), v.citations());
      }
    }
    return story;
  }

  private static ObjectNode article(StoryMember member) {
    Article a = member.article().article();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", a.id().value());
    node.put("input", a.input());
    node.put("source", a.source());
    node.put("title", a.title());
    node.put(
        "published",
        a.publishedAt() != null
            ? a.publishedAt().toString()
            : a.published() == null ? null : a.published().toString());
    node.put("language", a.language());
    node.put("duplicateOf", member.duplicateOf() == null ? null : member.duplicateOf().value());
    node.put("truncated", a.truncated());
    node.put("text", member.article().text());
    return node;
  }

  private static void ids(ArrayNode array, List<ArticleId> ids) {
    ids.forEach(id -> array.add(id.value()));
  }

  /** Jackson closes what it writes to; the caller owns the writer. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
