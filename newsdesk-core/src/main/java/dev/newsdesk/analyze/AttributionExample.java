package dev.newsdesk.analyze;

import dev.newsdesk.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One annotated text to train the {@link AttributionTagger} on: the spans an annotator marked as
 * sources, cues and contents (a discontinuous span as its fragments), offsets into {@code text}.
 */
public record AttributionExample(
    String text, List<Span> sources, List<Span> cues, List<Span> contents) {
  public AttributionExample {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    cues = List.copyOf(cues);
    contents = List.copyOf(contents);
    for (List<Span> spans : List.of(sources, cues, contents)) {
      for (Span s : spans) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException(
              "span " + s + " ends after the text (" + text.length() + " characters)");
        }
      }
    }
  }
}
