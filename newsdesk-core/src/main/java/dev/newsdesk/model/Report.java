package dev.newsdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The result of a run: one brief per story, and the inputs that could not be read. */
public record Report(Instant generatedAt, List<Brief> stories, List<Rejection> rejected) {
  public Report {
    Objects.requireNonNull(generatedAt, "generatedAt");
    stories = List.copyOf(stories);
    rejected = List.copyOf(rejected);
  }
}
