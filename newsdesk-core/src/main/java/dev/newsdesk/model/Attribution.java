package dev.newsdesk.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Reported speech or a report: who said it (source), the words that say so (cue), and what was said
 * (content).
 *
 * <p>"CNN Turk reported that X, citing its own sources" is two attributions, as PolNeAR and PARC
 * annotate it: (CNN Turk, reported, X) with {@code cited} = "its own sources", and (CNN Turk,
 * citing, "its own sources"), a {@link #isCitation() citation} whose content is the cited party,
 * not a statement. Claims read the first and skip the second.
 *
 * @param source the span naming the source, or null when no source is named ("reports indicate")
 * @param sourceText the source as written, or, when it refers back ("he", "the channel"), the name
 *     it refers to; null when there is none
 * @param cited the span of the party the source cites for this content ("its own sources", "the
 *     Defense Ministry" in "…, citing the Defense Ministry"), or null
 * @param citedText the cited party as written, or null
 * @param sourceEntity the canonical name of the merged entity the source names ("Dmitry Peskov" for
 *     "Peskov said"), or null when it names none or the entities are not known yet
 */
public record Attribution(
    Span source,
    String sourceText,
    Span cue,
    String cueText,
    Span content,
    int sentenceIndex,
    Span cited,
    String citedText,
    String sourceEntity) {
  public Attribution {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueText, "cueText");
    Objects.requireNonNull(content, "content");
    if ((cited == null) != (citedText == null)) {
      throw new IllegalArgumentException("cited and citedText go together");
    }
  }

  /** An attribution that cites no one and is not linked to an entity yet. */
  public Attribution(
      Span source, String sourceText, Span cue, String cueText, Span content, int sentenceIndex) {
    this(source, sourceText, cue, cueText, content, sentenceIndex, null, null, null);
  }

  public boolean hasNamedSource() {
    return sourceText != null;
  }

  /**
   * "…, citing its own sources" / "quoting a senior official": the cue names whom the source cites,
   * and the content is that party, not something said.
   */
  public boolean isCitation() {
    String cue = cueText.toLowerCase(Locale.ROOT);
    return cue.startsWith("citing") || cue.startsWith("quoting");
  }

  /** This attribution with the party its source cites. */
  public Attribution withCited(Span span, String text) {
    return new Attribution(
        source, sourceText, cue, cueText, content, sentenceIndex, span, text, sourceEntity);
  }

  /** This attribution with the canonical name of the entity its source names. */
  public Attribution withSourceEntity(String canonicalName) {
    return new Attribution(
        source, sourceText, cue, cueText, content, sentenceIndex, cited, citedText, canonicalName);
  }
}
