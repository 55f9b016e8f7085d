package dev.newsdesk.model;

import java.util.Objects;

/**
 * Reported speech or a report: who said it (source), the words that say so (cue), and what was said
 * (content).
 *
 * @param source the span naming the source, or null when no source is named ("reports indicate")
 * @param sourceText the source as written, or null
 */
public record Attribution(
    Span source, String sourceText, Span cue, String cueText, Span content, int sentenceIndex) {
  public Attribution {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueText, "cueText");
    Objects.requireNonNull(content, "content");
  }

  public boolean hasNamedSource() {
    return sourceText != null;
  }
}
