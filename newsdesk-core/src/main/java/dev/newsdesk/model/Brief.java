package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/** Everything Newsdesk says about one story. Every statement in it cites articles of the story. */
public record Brief(
    StoryId id,
    String headline,
    BriefPoint lead,
    List<StoryMember> articles,
    List<BriefPoint> points,
    List<Entity> entities,
    List<Claim> claims,
    List<TimelineEntry> timeline,
    List<Discrepancy> discrepancies) {
  public Brief {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(lead, "lead");
    articles = List.copyOf(articles);
    points = List.copyOf(points);
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    timeline = List.copyOf(timeline);
    discrepancies = List.copyOf(discrepancies);
  }
}
