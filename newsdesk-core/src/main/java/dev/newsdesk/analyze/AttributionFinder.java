package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech and reports: "X, CNN Turk reported", "according to TASS, X", "Peskov said that
 * X", "reports indicate that X" (no named source). A source that refers back ("the channel", "the
 * outlet's correspondent", "he") is resolved to the last named source of a fitting kind, and that
 * name is the attribution's {@code sourceText}; its span still points at the words written.
 * Stateless and thread-safe.
 */
public final class AttributionFinder {
  private static final String CUE =
      "(reported|reports|said|says|told (?!to\\b)[\\p{L}]+|noted|added|confirmed|stated|announced|claimed"
          + "|wrote|warned|insisted|cautioned|argued|explained|reiterated|revealed|quoted)";
  private static final String SOURCE =
      "((?:the |The |its |Its )?[\\p{Lu}\\p{L}][\\p{L}\\p{N}'\u2019.&-]*(?:\\s+[\\p{L}\\p{N}'\u2019.&()-]+){0,8}?)";
  private static final Pattern TRAILING =
      Pattern.compile(
          "^(.{12,}?)[,\u201D\"]+\\s+"
              + SOURCE
              + "\\s+(?:also\\s+|previously\\s+)?"
              + CUE
              + "\\b(.*)$");
  private static final Pattern ACCORDING_FIRST =
      Pattern.compile("^(?:And\\s+)?([Aa]ccording to)\\s+([^,]{2,90}),\\s*(.+)$");
  private static final Pattern ACCORDING_LAST =
      Pattern.compile("^(.{12,}?),?\\s+(according to)\\s+([^,.]{2,90})(.*)$");
  private static final Pattern LEADING =
      Pattern.compile(
          "^"
              + SOURCE
              + "\\s+(?:also\\s+|previously\\s+|has\\s+|had\\s+)?"
              + CUE
              + "\\b(?:\\s+on\\s+[^,]{3,20}?)?"
              + "(?:\\s+in\\s+an?\\s+(?:statement|notice|post|interview|briefing|email|letter)[^,:]*?(?=\\s+that\\b|:|,))?"
              + "(?:,|:)?\\s+(?:that\\s+)?(.{12,})$");
  private static final Pattern UNNAMED =
      Pattern.compile(
          "^((?:Reports|Sources|Media reports) (?:indicate|suggest|say)|It (?:is|was) reported|Reportedly,?)\\s+(?:that\\s+)?(.{12,})$");

  /** Hedged reports with no source: "X is said to be withdrawn", "X are reportedly encircled". */
  private static final Pattern HEDGED =
      Pattern.compile(
          "^(.{6,}?)\\s+((?:is|are|was|were) (?:said|reported|believed|understood) to|(?:is|are|was|were) reportedly)\\s+(.{6,})$");

  /** "an earlier report by the Russian news agency TASS on the same day that X". */
  private static final Pattern REPORT_BY =
      Pattern.compile(
          "^.*?\\b((?:report|reports|claims|statement|announcement) by)\\s+([^,]{2,80}?)(?:\\s+(?:on|earlier|last|this)\\s+[^,]{2,25}?)?\\s+that\\s+(.{12,})$");

  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "(?i)^(he|she|they|it|the (?:outlet|channel|agency|newspaper|paper|broadcaster|network|spokesperson|spokesman|ministry)(?:['\u2019]s correspondent.*|['\u2019]s sources)?|its correspondent.*)$");
  private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)^(he|she)$");
  private static final Pattern NOT_SOURCE =
      Pattern.compile(
          "(?i)^(it|there|this|that|which|who|what|the|a|an|the reports?|these|those)$");
  private static final Pattern CUT_OFF = Pattern.compile("(\u2026|\\.\\.\\.)\\W*$");

  public List<Attribution> find(String text, List<Sentence> sentences) {
    List<Attribution> found = new ArrayList<>();
    String lastSource = null;
    String lastPerson = null;
    for (Sentence sentence : sentences) {
      Optional<Attribution> attribution = match(sentence);
      if (attribution.isEmpty() || CUT_OFF.matcher(attribution.get().content().of(text)).find()) {
        continue;
      }
      Attribution a = attribution.get();
      if (a.sourceText() != null && BACK_REFERENCE.matcher(a.sourceText()).matches()) {
        String resolved =
            PERSON_PRONOUN.matcher(a.sourceText()).matches() ? lastPerson : lastSource;
        a =
            new Attribution(
                a.source(), resolved, a.cue(), a.cueText(), a.content(), a.sentenceIndex());
      } else if (a.sourceText() != null) {
        lastSource = a.sourceText();
        if (a.sourceText().matches("(?:.*\\s)?\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$|\\p{Lu}\\p{Ll}+")) {
          lastPerson = a.sourceText();
        }
      }
      found.add(a);
    }
    return found;
  }

  private Optional<Attribution> match(Sentence s) {
    String t = s.text();
    int o = s.span().start();
    Matcher m = ACCORDING_FIRST.matcher(t);
    if (m.matches()) {
      return Optional.of(
          of(s, o, m.start(2), m.end(2), m.start(1), m.end(1), m.start(3), m.end(3)));
    }
    m = UNNAMED.matcher(t);
    if (m.matches()) {
      return Optional.of(
          new Attribution(
              null,
              null,
              span(o, m.start(1), m.end(1)),
              m.group(1),
              span(o, m.start(2), m.end(2)),
              s.index()));
    }
    m = REPORT_BY.matcher(t);
    if (m.matches() && plausibleSource(m.group(2))) {
      return Optional.of(
          of(s, o, m.start(2), m.end(2), m.start(1), m.end(1), m.start(3), m.end(3)));
    }
    m = HEDGED.matcher(t);
    if (m.matches()) {
      Span content = span(o, m.start(1), m.end(3));
      return Optional.of(
          new Attribution(
              null, null, span(o, m.start(2), m.end(2)), m.group(2), content, s.index()));
    }
    m = TRAILING.matcher(t);
    if (m.matches() && plausibleSource(m.group(2))) {
      return Optional.of(
          of(s, o, m.start(2), m.end(2), m.start(3), m.end(3), m.start(1), m.end(1)));
    }
    m = ACCORDING_LAST.matcher(t);
    if (m.matches()) {
      return Optional.of(
          of(s, o, m.start(3), m.end(3), m.start(2), m.end(2), m.start(1), m.end(1)));
    }
    m = LEADING.matcher(t);
    if (m.matches() && plausibleSource(m.group(1))) {
      return Optional.of(
          of(s, o, m.start(1), m.end(1), m.start(2), m.end(2), m.start(3), m.end(3)));
    }
    return Optional.empty();
  }

  /** A source names someone (a capital letter) or refers back to someone named ("the channel"). */
  private static boolean plausibleSource(String source) {
    String trimmed = source.strip();
    boolean names =
        trimmed.chars().anyMatch(Character::isUpperCase)
            || BACK_REFERENCE.matcher(trimmed).matches();
    return names
        && !NOT_SOURCE.matcher(trimmed).matches()
        && !trimmed.startsWith("who ")
        && trimmed.split("\\s+").length <= 9;
  }

  private static Attribution of(Sentence s, int o, int ss, int se, int cs, int ce, int ts, int te) {
    String text = s.text();
    String source = text.substring(ss, se).strip();
    String content = text.substring(ts, te);
    int contentEnd = te - (content.length() - content.stripTrailing().length());
    return new Attribution(
        span(o, ss, ss + source.length()),
        source,
        span(o, cs, ce),
        text.substring(cs, ce),
        span(o, ts, Math.max(ts, contentEnd)),
        s.index());
  }

  private static Span span(int offset, int start, int end) {
    return new Span(offset + start, offset + end);
  }
}
