package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech and reports: source, cue and content spans ("X, CNN Turk reported", "according to
 * TASS, X", "Peskov said that X", "reports indicate that X" with no named source). The sentence
 * patterns are {@link AttributionRules}; this class follows a quote across sentences to its closing
 * mark (a quote put first and reopened after its cue, "“…,” he said. “…”", is one content), and
 * resolves a source that refers back ("the channel", "he") to the last named source of a fitting
 * kind: that name is the attribution's {@code sourceText}, while its span still points at the words
 * written. Stateless and thread-safe.
 */
public final class AttributionFinder implements AttributionExtractor {
  private static final Pattern UNNAMED =
      Pattern.compile(
          "^((?:Reports|Sources|Media reports) (?:indicate|suggest|say)|It (?:is|was) reported|Reportedly,?)\\s+(?:that\\s+)?(.{12,})$");

  /** "an earlier report by the Russian news agency TASS on the same day that X". */
  private static final Pattern REPORT_BY =
      Pattern.compile(
          "^.*?\\b((?:report|reports|claims|statement|announcement) by)\\s+(\\p{L}[^,]{1,79}?)(?:\\s+(?:on|earlier|last|this)\\s+[^,]{2,25}?)?\\s+that\\s+(.{12,}?)\\.?$");

  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "(?i)^(he|she|they|it|the (?:outlet|channel|agency|newspaper|paper|broadcaster|network|spokesperson|spokesman|ministry)(?:['\u2019]s correspondent.*|['\u2019]s sources)?|its correspondent.*)$");
  private static final Pattern POSSESSIVE_NAME =
      Pattern.compile("(?<!\\b(?i:he|she|it|let|that|there|who|what|where))['\u2019]s\\s*$");
  private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)^(he|she)$");

  /**
   * A definite description of an organisation ("the company", "the Karvel company", "the firm"):
   * news names a company once, then says "the company"; a capitalised word before the noun is where
   * it is from, not its name.
   */
  private static final Pattern ORGANIZATION_REFERENCE =
      Pattern.compile(
          "^(?i:the)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?i:" + EntityFinder.ORGANIZATION_NOUNS + ")$");

  private static final Pattern PERSON_NAME =
      Pattern.compile("(?:.*\\s)?\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$|\\p{Lu}\\p{Ll}+");

  private final AttributionRules rules;
  private final AttributionConfig config;

  public AttributionFinder() {
    this(AttributionConfig.defaults());
  }

  public AttributionFinder(AttributionConfig config) {
    this.config = config;
    this.rules = new AttributionRules(CueLexicon.shared(), config);
  }

  public List<Attribution> find(String text, List<Sentence> sentences) {
    return find(text, sentences, List.of());
  }

  /**
   * As {@link #find(String, List)}, with the article's typed name mentions: a source that refers
   * back then resolves by kind ("she" to the last person who spoke, "the company" to the last
   * organisation), not by how the name looks.
   */
  @Override
  public List<Attribution> find(String text, List<Sentence> sentences, List<EntityMention> names) {
    List<Found> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      // A run-on "sentence" of thousands of words is a list or an extraction accident, not
      // reported speech; the rules are linear per cue, so it is skipped to stay linear overall.
      if (sentence.tokens().size() > config.maxSentenceTokens()
          || sentence.text().length() > config.maxSentenceTokens() * 20) {
        continue;
      }
      List<AttributionRules.Match> matches = rules.match(text, sentence);
      if (matches.isEmpty()) {
        unnamed(sentence).ifPresent(found::add);
      }
      for (AttributionRules.Match m : matches) {
        if (m.source() != null
            && POSSESSIVE_NAME.matcher(m.source().of(text)).find()
            && m.cue().of(text).endsWith("ed")) {
          // "Russia's continued presence", "the alliance's recommended 2 percent": a past form
          // after a possessive is an adjective of the noun that follows, not a cue. ("Trump's
          // claim" is a cue, a noun; "he's claimed" is a contraction, not a possessive.)
          continue;
        }
        if (m.content().length() > 0) {
          found.add(new Found(m, sentence.index()));
        } else if (sentence.index() > 0) {
          // "Graham asked." after a quoted question: the sentence before is what was said.
          Span before = sentences.get(sentence.index() - 1).span();
          found.add(new Found(withContent(m, contentOf(text, before)), sentence.index()));
        }
      }
    }
    List<Found> extended = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Span next = i + 1 < found.size() ? found.get(i + 1).match.cue() : null;
      Found e = extendQuotes(text, f, next, sentences.get(f.sentenceIndex).span().end());
      // Contents are local and in text order: only the last few can hold this cue.
      List<Found> recent = extended.subList(Math.max(0, extended.size() - 3), extended.size());
      if (recent.stream()
          .noneMatch(
              x ->
                  x.sentenceIndex != e.sentenceIndex
                      && x.match.content().contains(e.match.cue()))) {
        extended.add(e);
      }
    }
    credits(text, sentences, extended);
    return linkCitations(text, resolveBackReferences(text, extended, names));
  }

  /**
   * "“…” ― Sonya Herridge", "“…” — Paul Ryan (@SpeakerRyan) July 5": a closing quote, a dash and a
   * name that ends its line (or opens the next quote) credit the quote to that name; the dash is
   * the cue. Found over the whole text because the sentence model splits such lines anywhere.
   */
  private static final Pattern QUOTE_CREDIT =
      Pattern.compile(
          "(\u201D|\"|'')[ \u00A0]*(\u2015|\u2014|--?)[ \u00A0]*"
              + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \u00A0]+\\p{Lu}[\\p{L}.'\u2019-]*){0,4})"
              + "(?:[ \u00A0]*\\(@\\w+\\)|[ \u00A0.,]*(?=\\r?\\n|$|\u201C|\"))");

  /**
   * "Signs of momentum were there - Jo Lee and Ann Ruiz: “…”", "More from Lee: “…”": a name set off
   * by a dash or opening its line, then a colon and a quote, is the quote's source; the colon is
   * the cue (digest and newsletter style).
   */
  private static final Pattern NAME_COLON_QUOTE =
      Pattern.compile(
          "(?:^|\\n|[ \u00A0][-\u2013\u2014\u2015][ \u00A0]+)(?:More from )?"
              + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \u00A0]+(?:and[ \u00A0]+)?\\p{Lu}[\\p{L}.'\u2019-]*){0,5})"
              + "[ \u00A0]*(:)[ \u00A0]*(?=\u201C|\")",
          Pattern.MULTILINE);

  private void credits(String text, List<Sentence> sentences, List<Found> found) {
    List<Found> named = new ArrayList<>();
    // The patterns run only where a colon meets a quote or a dash follows one: run over the
    // whole text they cost as much as all the sentence rules.
    Matcher c = NAME_COLON_QUOTE.matcher(text);
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      int q = i + 1;
      while (q < text.length() && isSpace(text.charAt(q))) {
        q++;
      }
      if (q >= text.length() || text.charAt(q) != '\u201C' && text.charAt(q) != '"') {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', i) + 1;
      int from = lineStart;
      for (int k = i - 1; k > lineStart; k--) {
        if (isDash(text.charAt(k)) && isSpace(text.charAt(k - 1)) && isSpace(text.charAt(k + 1))) {
          from = k - 1;
          break;
        }
      }
      c.region(from, text.length());
      if (c.lookingAt()) {
        int open = c.end();
        int close = Quotes.closeOf(text, open, config.maxQuoteChars());
        Span content = new Span(open, close);
        Span source = new Span(c.start(1), c.end(1));
        int sentence = sentenceAt(sentences, c.start(2));
        boolean taken =
            found.stream()
                .anyMatch(
                    f ->
                        f.match.cue().overlaps(source)
                            || f.match.content().overlaps(new Span(c.start(2), c.end(2))));
        if (!taken && sentence >= 0 && close - open > 8) {
          named.add(
              new Found(
                  new AttributionRules.Match(
                      source, new Span(c.start(2), c.end(2)), content, false),
                  sentence));
        }
      }
    }
    if (!named.isEmpty()) {
      // A name-colon-quote wins over what the rules read inside the quote's first sentence.
      found.removeIf(
          f ->
              named.stream()
                  .anyMatch(
                      n ->
                          n.match.content().overlaps(f.match.cue())
                              || n.match.cue().overlaps(f.match.content())));
      found.addAll(named);
      found.sort((a, b) -> a.match.cue().compareTo(b.match.cue()));
    }
    if (text.indexOf('\u2015') < 0 && text.indexOf('\u2014') < 0 && text.indexOf('-') < 0) {
      return;
    }
    Matcher m = QUOTE_CREDIT.matcher(text);
    List<Found> added = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (!isDash(text.charAt(i))) {
        continue;
      }
      int q = i - 1;
      while (q > 0 && isSpace(text.charAt(q))) {
        q--;
      }
      int start = text.charAt(q) == '\'' && q > 0 ? q - 1 : q;
      m.region(start, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      int close = m.end(1);
      int open = Quotes.openingBefore(text, m.start(1), config.maxQuoteChars());
      if (open < 0 || close - open < 8) {
        continue;
      }
      Span content = new Span(open, close);
      Span cue = new Span(m.start(2), m.end(2));
      int nameEnd = m.end(3);
      // "― Carla Sanchez." ends a sentence; "― Edwin G." keeps the stop of its initial.
      if (text.charAt(nameEnd - 1) == '.' && !Character.isUpperCase(text.charAt(nameEnd - 2))) {
        nameEnd--;
      }
      Span source = new Span(m.start(3), nameEnd);
      boolean taken =
          found.stream()
              .anyMatch(
                  f ->
                      f.match.content().overlaps(content)
                          || f.match.cue().overlaps(source)
                          || f.match.source() != null && f.match.source().overlaps(source));
      int sentence = sentenceAt(sentences, cue.start());
      if (!taken && sentence >= 0) {
        added.add(new Found(new AttributionRules.Match(source, cue, content, true), sentence));
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort((a, b) -> a.match.cue().compareTo(b.match.cue()));
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  /**
   * "CNN Turk reported that X, citing its own sources": the report before a citation in its
   * sentence gets the cited party, and so does the citation itself (see {@link
   * Attribution#isCitation()}).
   */
  private static List<Attribution> linkCitations(String text, List<Attribution> found) {
    List<Attribution> result = new ArrayList<>(found);
    for (int i = 0; i < result.size(); i++) {
      Attribution c = result.get(i);
      if (!c.isCitation()) {
        continue;
      }
      String cited = c.content().of(text);
      result.set(i, c.withCited(c.content(), cited));
      for (int j = i - 1; j >= 0 && result.get(j).sentenceIndex() == c.sentenceIndex(); j--) {
        Attribution report = result.get(j);
        if (!report.isCitation() && report.cue().end() <= c.cue().start()) {
          result.set(j, report.withCited(c.content(), cited));
          break;
        }
      }
    }
    return List.copyOf(result);
  }

  private record Found(AttributionRules.Match match, int sentenceIndex) {}

  /**
   * Attributions from matches found another way (the trained tagger), each with its sentence, in
   * text order: back references resolved and citations linked as this finder does its own.
   */
  static List<Attribution> fromMatches(
      String text,
      List<AttributionRules.Match> matches,
      List<Integer> sentenceIndexes,
      List<EntityMention> names) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      found.add(new Found(matches.get(i), sentenceIndexes.get(i)));
    }
    return linkCitations(text, resolveBackReferences(text, found, names));
  }

  private static AttributionRules.Match withContent(AttributionRules.Match m, Span content) {
    return new AttributionRules.Match(m.source(), m.cue(), content, m.contentFirst());
  }

  /** A whole sentence as content: its final stop is left out unless a quote closes after it. */
  private static Span contentOf(String text, Span sentence) {
    int end = sentence.end();
    if (end - 1 > sentence.start() && ".;,".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(sentence.start(), end);
  }

  private java.util.Optional<Found> unnamed(Sentence s) {
    Matcher r = REPORT_BY.matcher(s.text());
    if (r.matches()) {
      int o = s.span().start();
      return java.util.Optional.of(
          new Found(
              new AttributionRules.Match(
                  new Span(o + r.start(2), o + r.end(2)),
                  new Span(o + r.start(1), o + r.end(1)),
                  new Span(o + r.start(3), o + r.end(3)),
                  false),
              s.index()));
    }
    Matcher m = UNNAMED.matcher(s.text());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    int o = s.span().start();
    String content = m.group(2);
    int end = o + m.end(2) - (content.endsWith(".") ? 1 : 0);
    return java.util.Optional.of(
        new Found(
            new AttributionRules.Match(
                null, new Span(o + m.start(1), o + m.end(1)), new Span(o + m.start(2), end), false),
            s.index()));
  }

  /** Grows a content to the quote it opens or closes, and over a quote reopened after its cue. */
  private Found extendQuotes(String text, Found f, Span nextCue, int sentenceEnd) {
    AttributionRules.Match m = f.match;
    Span content = m.content();
    int start = content.start();
    int end = content.end();
    int lastClose = lastMark(text, content, false);
    int lastOpen = lastMark(text, content, true);
    if (lastClose >= 0 && firstMark(text, content, true) < 0) {
      int open = Quotes.openingBefore(text, lastClose, config.maxQuoteChars());
      start = open >= 0 ? Math.min(start, open) : start;
    }
    if (lastOpen >= 0 && lastOpen > lastClose) {
      end = Math.max(end, Quotes.closeOf(text, lastOpen, config.maxQuoteChars()));
    }
    if (m.contentFirst() && lastClose >= 0) {
      int after = Math.max(m.cue().end(), m.source() == null ? 0 : m.source().end());
      int reopen = reopenedQuote(text, after);
      if (reopen < 0) {
        after = Math.max(after, sentenceEnd);
        reopen = reopenedQuote(text, after);
      }
      if (reopen >= 0) {
        int close = Quotes.closeOf(text, reopen, config.maxQuoteChars());
        if (nextCue == null || nextCue.start() >= close || nextCue.end() <= after) {
          end = Math.max(end, close);
        }
      }
    }
    if (start == content.start() && end == content.end()) {
      return f;
    }
    return new Found(
        new AttributionRules.Match(m.source(), m.cue(), new Span(start, end), m.contentFirst()),
        f.sentenceIndex);
  }

  /** An opening quote right after a cue: ", “…" in its sentence or the next sentence's start. */
  private static int reopenedQuote(String text, int after) {
    int i = after;
    while (i < text.length() && i < after + 12) {
      char c = text.charAt(i);
      if (Quotes.openingAt(text, i) > 0) {
        return i;
      }
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return -1;
      }
      boolean skippable = Character.isWhitespace(c) || c == ',' || c == '.' || c == ':';
      if (!skippable) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static int firstMark(String text, Span span, boolean opening) {
    for (int i = span.start(); i < span.end(); i++) {
      if (opening ? Quotes.openingAt(text, i) > 0 : isClosing(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastMark(String text, Span span, boolean opening) {
    for (int i = span.end() - 1; i >= span.start(); i--) {
      if (opening ? Quotes.openingAt(text, i) > 0 : isClosing(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isClosing(String text, int i) {
    return Quotes.closingAt(text, i) > 0 && Quotes.openingAt(text, i) == 0;
  }

  private static List<Attribution> resolveBackReferences(
      String text, List<Found> found, List<EntityMention> names) {
    List<Attribution> result = new ArrayList<>();
    String lastSource = null;
    String lastPerson = null;
    String lastOrganization = null;
    for (Found f : found) {
      AttributionRules.Match m = f.match;
      String written = m.source() == null ? null : m.source().of(text).strip();
      String sourceText = written;
      if (written != null && BACK_REFERENCE.matcher(written).matches()) {
        sourceText = PERSON_PRONOUN.matcher(written).matches() ? lastPerson : lastSource;
      } else if (written != null && ORGANIZATION_REFERENCE.matcher(written).matches()) {
        sourceText = lastOrganization != null ? lastOrganization : written;
      } else if (written != null) {
        lastSource = written;
        EntityType kind = kindOf(m.source(), names);
        if (kind == EntityType.PERSON
            || (kind == null && PERSON_NAME.matcher(withoutAppositive(written)).matches())) {
          lastPerson = written;
        } else if (kind == EntityType.ORGANIZATION) {
          lastOrganization = written;
        }
      }
      result.add(
          new Attribution(
              m.source(), sourceText, m.cue(), m.cue().of(text), m.content(), f.sentenceIndex));
    }
    return result;
  }

  /**
   * The kind of the first name inside a source ("Ilse Marrow, a researcher at Threatlane" is a
   * person's), or null when no typed name is there or none was given.
   */
  private static EntityType kindOf(Span source, List<EntityMention> names) {
    for (EntityMention name : names) {
      if (source.contains(name.span()) && name.type() != EntityType.OTHER) {
        return name.type();
      }
    }
    return null;
  }

  /** "Ilse Marrow, a threat researcher at Threatlane," is named by the words before the comma. */
  private static String withoutAppositive(String source) {
    int comma = source.indexOf(',');
    return comma > 0 ? source.substring(0, comma).strip() : source;
  }
}
