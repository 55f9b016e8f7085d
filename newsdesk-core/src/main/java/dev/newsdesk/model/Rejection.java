package dev.newsdesk.model;

import java.util.Objects;

/** An input, or one item of it, that could not be read, and why. */
public record Rejection(String input, String reason) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
