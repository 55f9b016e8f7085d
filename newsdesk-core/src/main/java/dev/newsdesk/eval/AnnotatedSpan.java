package dev.newsdesk.eval;

import dev.newsdesk.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One brat text-bound annotation ({@code T<n>}): an id, a type and the character ranges it covers.
 * Most annotations cover one range; a discontinuous one covers several, in the order written.
 *
 * @param id the annotation id within its file, such as {@code T12}
 * @param type the annotation type, such as {@code Source}, {@code Cue} or {@code Content}
 * @param fragments the covered ranges, at least one, offsets into the article text
 */
public record AnnotatedSpan(String id, String type, List<Span> fragments) {
  public AnnotatedSpan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    fragments = List.copyOf(fragments);
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("annotation " + id + " covers no range");
    }
  }

  /** The smallest span covering every fragment. */
  public Span hull() {
    int start = fragments.stream().mapToInt(Span::start).min().orElseThrow();
    int end = fragments.stream().mapToInt(Span::end).max().orElseThrow();
    return new Span(start, end);
  }

  /** This annotation as a labeled span for {@link SpanScore}: its type and its {@link #hull()}. */
  public LabeledSpan labeled() {
    return new LabeledSpan(type, hull());
  }

  /** The covered text, fragments joined by one space. */
  public String text(String articleText) {
    return fragments.stream().map(f -> f.of(articleText)).collect(Collectors.joining(" "));
  }
}
