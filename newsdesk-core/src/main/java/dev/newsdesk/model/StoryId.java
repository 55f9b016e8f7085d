package dev.newsdesk.model;

import java.util.Objects;

/** Identifier of one story; stable for the same input stream. */
public record StoryId(String value) implements Comparable<StoryId> {
  public StoryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("story id must not be blank");
    }
  }

  @Override
  public int compareTo(StoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
