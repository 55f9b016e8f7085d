package dev.newsdesk.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotated attribution relation (a brat event {@code E<n>}): who (source) says, by which words
 * (cue), what (content).
 *
 * @param id the event id within its file, such as {@code E3}
 * @param trigger the annotation the event hangs on; its type is {@code Attribution}, or {@code
 *     Attribution-no-source} when no source is named
 * @param source the source span, or null when the relation names none
 * @param cue the cue span, or null when the annotator gave none
 * @param contents the content spans in order ({@code Content}, then {@code Content2}, …); possibly
 *     empty
 */
public record AttributionRelation(
    String id,
    AnnotatedSpan trigger,
    AnnotatedSpan source,
    AnnotatedSpan cue,
    List<AnnotatedSpan> contents) {
  public AttributionRelation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    contents = List.copyOf(contents);
  }

  public boolean hasSource() {
    return source != null;
  }
}
