package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement as carried by one or more articles of a story.
 *
 * @param origin the outlet, agency, official or document the claim traces back to; null when no
 *     article names a source
 * @param reportedBy the articles that carry it, copies included
 * @param independentSources distinct origins behind it: outlets repeating one report count once
 * @param evidence the sentences that carry it
 */
public record Claim(
    String text,
    String origin,
    List<ArticleId> reportedBy,
    int independentSources,
    List<Evidence> evidence) {
  public Claim {
    Objects.requireNonNull(text, "text");
    reportedBy = List.copyOf(reportedBy);
    evidence = List.copyOf(evidence);
    if (reportedBy.isEmpty()) {
      throw new IllegalArgumentException("a claim is reported by at least one article");
    }
  }
}
