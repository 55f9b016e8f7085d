package dev.newsdesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.brief.JsonReportRenderer;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.Report;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.store.StorySummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A brief made into what the story list shows and filters by, with its contract JSON. */
final class Summaries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonReportRenderer RENDERER = new JsonReportRenderer();

  private Summaries() {}

  static StorySummary of(Brief brief, Instant updated) {
    List<String> sources = new ArrayList<>();
    Set<String> independent = new LinkedHashSet<>();
    Instant published = null;
    for (StoryMember m : brief.articles()) {
      Article a = m.article().article();
      String outlet = a.source() == null ? a.input() : a.source();
      if (a.source() != null && !sources.contains(a.source())) {
        sources.add(a.source());
      }
      if (!m.isCopy()) {
        independent.add(outlet.toLowerCase(Locale.ROOT));
      }
      if (a.publishedAt() != null && (published == null || a.publishedAt().isAfter(published))) {
        published = a.publishedAt();
      }
    }
    List<String> entities = new ArrayList<>();
    for (Entity e : brief.entities()) {
      entities.add(e.name());
      entities.addAll(e.aliases());
    }
    return new StorySummary(
        brief.id(),
        brief.headline(),
        brief.lead().text(),
        brief.articles().size(),
        Math.max(1, independent.size()),
        Objects.requireNonNull(updated, "updated"),
        published,
        sources,
        entities,
        storyJson(brief, updated));
  }

  /** The story object of the brief contract, exactly as {@code newsdesk brief} writes it. */
  static String storyJson(Brief brief, Instant generatedAt) {
    StringWriter out = new StringWriter();
    try {
      RENDERER.render(new Report(generatedAt, List.of(brief), List.of()), out);
      JsonNode story = JSON.readTree(out.toString()).get("stories").get(0);
      return JSON.writeValueAsString(story);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the brief of " + brief.id(), e);
    }
  }
}
