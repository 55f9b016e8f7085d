package dev.newsdesk.analyze;

import dev.newsdesk.internal.NumberWords;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution patterns of one sentence, over its tokens: SOURCE CUE CONTENT ("Peskov said that
 * …"), CONTENT, SOURCE CUE ("…, Peskov said."), CONTENT, CUE SOURCE ("…, said Peskov, the Kremlin
 * spokesman."), "according to SOURCE" on either side, and a participle that carries the clause's
 * source on ("…, he said, adding that …"). Spans stay within the sentence; following a quote across
 * sentences is the finder's job. Stateless and thread-safe.
 *
 * <p>Design decision: which side the content is on is decided by what follows the cue. A cue that
 * ends its sentence or is followed by a short tail ("…, he told reporters on Monday.") looks back
 * for a separator (comma, closing quote) and takes the clause before it; any other cue takes the
 * noun phrase before it as source and the rest of the sentence as content. Sources are noun phrases
 * found by their boundaries (punctuation, conjunctions, other cues), not by a parser.
 */
final class AttributionRules {
  /** One match: spans into the article text; source may be null. */
  record Match(Span source, Span cue, Span content, boolean contentFirst) {}

  private static final Pattern WORD_TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.-][\\p{L}\\p{N}]+)*|''|[^\\s\\p{L}\\p{N}]");

  /** Words that stand between a source and its cue and belong to the cue ("has also said"). */
  private static final Set<String> CUE_LEAD =
      Set.of(
          "also",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "may",
          "might",
          "again",
          "later",
          "previously",
          "then",
          "once",
          "recently",
          "repeatedly",
          "publicly",
          "privately",
          "earlier",
          "already",
          "never",
          "often",
          "is",
          "was",
          "are",
          "were",
          "been",
          "be",
          "being",
          "did",
          "does",
          "do",
          "not",
          "n't",
          "still",
          "further",
          "even",
          "first",
          "just",
          "now",
          "always",
          "reportedly");

  /**
   * Prepositions that belong to the verb before them ("complained about", "warned against", "agreed
   * with"): the cue takes them, and the content starts after them.
   */
  private static final Set<String> CUE_PARTICLES = Set.of("about", "against", "with", "for");

  /** Words that end a noun phrase looking back from its cue. */
  private static final Set<String> BOUNDARY_WORDS =
      Set.of(
          "that",
          "because",
          "but",
          "while",
          "when",
          "although",
          "though",
          "if",
          "so",
          "where",
          "after",
          "before",
          "since",
          "until",
          "whether",
          "than",
          "as",
          "and",
          "or",
          "yet",
          "whom",
          "what",
          "how",
          "why",
          "whereas",
          "unless",
          "once");

  /** Words a source does not start with: a preposition or adverb starts a phrase, not a name. */
  private static final Set<String> NOT_SOURCE_START =
      Set.of(
          "in", "on", "at", "for", "with", "to", "of", "by", "from", "about", "into", "over",
          "under", "during", "there", "here", "also", "not", "this", "what", "how", "why", "when",
          "where", "if", "just", "now", "then", "so", "too", "very", "as", "be", "being", "is",
          "was", "are", "were", "has", "have", "had", "would", "will");

  private static final Set<String> LEADING_ADVERBS =
      Set.of(
          "then", "now", "also", "later", "still", "meanwhile", "instead", "so", "even", "perhaps");

  private static final Set<String> PREPOSITIONS =
      Set.of("in", "on", "at", "during", "after", "before", "to", "via", "through", "from");

  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("him", "her", "them", "me", "us", "reporters", "journalists", "supporters");

  private static final Set<String> COORDINATORS =
      Set.of("but", "and", "while", "although", "though", "whereas", "yet");

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that", "there");

  /** Words that open a tail after a post-posed cue: time, place, manner, medium. */
  private static final Set<String> TAIL_START =
      Set.of(
          "on",
          "in",
          "at",
          "during",
          "after",
          "before",
          "to",
          "of",
          "about",
          "from",
          "with",
          "then",
          "later",
          "earlier",
          "last",
          "this",
          "yesterday",
          "today",
          "recently",
          "when",
          "while",
          "as",
          "via",
          "through",
          "afterward",
          "afterwards",
          "again",
          "repeatedly",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "reporters",
          "journalists",
          "supporters");

  /** Lower-case words inside a name: "Institute of Peace", "Trump 's". */
  private static final Set<String> NAME_GLUE =
      Set.of("of", "the", "'s", "\u2019s", ".", "for", "and", "-", "de", "al", "van", "von");

  /**
   * Newsroom labels and headline kickers that a colon follows without anyone speaking: "The Latest:
   * …", "Correction: …", "BREAKING: …". In PolNeAR train none of the 17 "The Latest" / correction /
   * update / byline colons is a cue.
   */
  private static final Set<String> COLON_LABELS =
      Set.of(
          "the latest",
          "correction",
          "corrections",
          "clarification",
          "update",
          "updated",
          "editor's note",
          "editor\u2019s note",
          "editors' note",
          "contributing",
          "byline",
          "related",
          "read more",
          "watch",
          "video",
          "video transcript",
          "photos",
          "breaking",
          "breaking news",
          "exclusive",
          "look",
          "revealed",
          "busted",
          "boom",
          "bombshell");

  private static final Set<String> NOUN_BEFORE =
      Set.of(
          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
          "those", "'s", "\u2019s", "united", "no", "any", "every", "each", "to", "of", "new",
          "own", "first", "latest", "recent");

  /** Cues that take a listener before their content: "told reporters that …". */
  private static final Set<String> TAKES_LISTENER =
      Set.of(
          "told",
          "tell",
          "tells",
          "telling",
          "asked",
          "ask",
          "asks",
          "asking",
          "assured",
          "informed",
          "reminded",
          "warned",
          "urged",
          "cautioned");

  private final CueLexicon cues;
  private final AttributionConfig config;

  AttributionRules(CueLexicon cues, AttributionConfig config) {
    this.cues = cues;
    this.config = config;
  }

  /** The attributions of one sentence, left to right, none inside another's content. */
  List<Match> match(String text, Sentence sentence) {
    Tokens t = Tokens.of(text, sentence);
    List<Match> found = new ArrayList<>();
    int claimedUpTo = -1;
    Match previous = null;
    Match headline = t.size() > 3 ? colon(t) : null;
    if (headline != null) {
      return List.of(headline);
    }
    boolean[] quoted = t.insideQuotes();
    List<Match> candidates = new ArrayList<>();
    Match poll = pollFrame(t);
    if (poll != null) {
      candidates.add(poll);
    }
    for (int i = 0; i < t.size(); i++) {
      int length =
          quoted[i] || nounUse(t, i) || ambiguousNoun(t, i) || naming(t, i)
              ? 0
              : cues.match(t.lower, i);
      if (length > 0) {
        Match m = matchCue(t, i, length, null);
        if (m != null) {
          candidates.add(m);
        }
      }
    }
    // A report put after its content ("X asked Y for help, CNN Turk reported") frames the whole
    // clause: it is chosen first, and cues inside its content are the reported speaker's.
    List<Match> chosen = new ArrayList<>();
    candidates = splitCoordinated(t, candidates);
    candidates.stream().filter(Match::contentFirst).forEach(m -> choose(text, chosen, m));
    for (Match m : candidates) {
      if (!m.contentFirst()) {
        choose(text, chosen, withPreviousSource(t, m, chosen));
      }
    }
    chosen.sort((x, y) -> x.cue().compareTo(y.cue()));
    return chosen;
  }

  private static final Set<String> FINDINGS =
      Set.of("poll", "polls", "survey", "surveys", "study", "studies");

  /**
   * "In a poll released Monday, 50 percent chose Lee": a sentence that opens with "In" and a poll,
   * survey or study reports that finding; "In" is the cue, the phrase up to the comma the source,
   * and the rest of the sentence the content.
   */
  private static Match pollFrame(Tokens t) {
    if (t.size() < 6 || !t.lower[0].equals("in")) {
      return null;
    }
    boolean finding = false;
    for (int i = 1; i < Math.min(t.size() - 2, 16); i++) {
      if (t.lower[i].equals(",")) {
        int end = t.size();
        while (end > i + 1 && t.isFinalStop(end - 1)) {
          end--;
        }
        return finding && end - i > 2
            ? new Match(t.span(1, i), t.span(0, 1), t.span(i + 1, end), false)
            : null;
      }
      if (t.isQuote(i)) {
        return null;
      }
      finding |= FINDINGS.contains(t.lower[i]);
    }
    return null;
  }

  /**
   * "X said that A, but he said that B": a second source and cue joined on by a conjunction end the
   * first content before the comma.
   */
  private static List<Match> splitCoordinated(Tokens t, List<Match> candidates) {
    List<Match> result = new ArrayList<>(candidates);
    for (int i = 0; i < result.size(); i++) {
      Match first = result.get(i);
      for (Match later : candidates) {
        if (later.contentFirst() || later.source() == null || later == first) {
          continue;
        }
        int lead = t.indexOfStart(later.cue().start());
        if (!first.contentFirst()
            && lead >= 2
            && Set.of("and", "but").contains(t.lower[lead - 1])
            && first.content().contains(later.cue())
            && first.content().start() < t.start[lead - 1]
            && later.source().end() <= first.cue().start()) {
          // "Merrill says Machado promised … and said she would …": the second verb shares the
          // subject of the first; the first content ends before "and".
          int end = lead - 1;
          while (end > 0 && t.isTrailingPunctuation(end - 1)) {
            end--;
          }
          if (t.start[end - 1] >= first.content().start()) {
            Span trimmed = new Span(first.content().start(), t.end[end - 1]);
            result.set(i, new Match(first.source(), first.cue(), trimmed, false));
            first = result.get(i);
          }
          continue;
        }
        int s = t.indexOfStart(later.source().start());
        if (s >= 2
            && first.content().contains(later.cue())
            && first.content().start() < t.start[s - 1]
            && COORDINATORS.contains(t.lower[s - 1])
            && t.lower[s - 2].equals(",")) {
          Span trimmed = new Span(first.content().start(), t.end[Math.max(0, s - 3)]);
          if (trimmed.length() > 0 && trimmed.start() < trimmed.end()) {
            result.set(i, new Match(first.source(), first.cue(), trimmed, first.contentFirst()));
            first = result.get(i);
          }
        }
      }
    }
    return result;
  }

  /** A participle's source is the clause's: "…, he said, adding that …". */
  private Match withPreviousSource(Tokens t, Match m, List<Match> chosen) {
    if (!cues.isGerund(t.text.substring(m.cue().start(), m.cue().end()).toLowerCase(Locale.ROOT))) {
      return m;
    }
    return chosen.stream()
        .filter(c -> c.source() != null && c.cue().end() <= m.cue().start())
        .reduce((first, second) -> second)
        .map(c -> new Match(c.source(), m.cue(), m.content(), false))
        .orElse(m);
  }

  private static void choose(String text, List<Match> chosen, Match m) {
    for (Match c : chosen) {
      if (nested(text, c, m) || nested(text, m, c)) {
        continue;
      }
      if (c.content().overlaps(m.cue())
          || m.content().overlaps(c.cue())
          || m.content().overlaps(c.content())
          || m.source() != null && c.content().overlaps(m.source())) {
        return;
      }
    }
    chosen.add(m);
  }

  /**
   * "Officials said the senators said it was unlawful": an attribution wholly inside another's
   * content is the reported speaker's own report, and PolNeAR annotates both.
   */
  private static boolean nested(String text, Match outer, Match inner) {
    return speech(text, inner)
        && !inner.contentFirst()
        && outer.content().contains(inner.cue())
        && outer.content().contains(inner.content())
        && (inner.source() == null || outer.content().contains(inner.source()));
  }

  private static final Set<String> SPEECH =
      Set.of("said", "say", "says", "noted", "told", "added", "argued", "insisted");

  /** The last word of a cue is its verb: "has also said". */
  private static boolean speech(String text, Match m) {
    String cue = m.cue().of(text).toLowerCase(Locale.ROOT);
    return SPEECH.contains(cue.substring(cue.lastIndexOf(' ') + 1));
  }

  /**
   * "so-called": "called" joined to a hyphen qualifies a name; as a cue it follows its subject ("he
   * called", "Trump called", "has called").
   */
  private static boolean naming(Tokens t, int i) {
    return i > 0
        && t.lower[i].equals("called")
        && t.lower[i - 1].equals("-")
        && t.start[i] == t.end[i - 1];
  }

  /**
   * "the report", "his claims", "the United States": a cue word used as a noun, after a determiner;
   * and a plural after a count ("50 basis points to 5.75%", "three claims"), where a verb's -s form
   * cannot stand ("in 2015 said" is still a verb).
   */
  private static boolean nounUse(Tokens t, int i) {
    if (i == 0) {
      return false;
    }
    String before = t.lower[i - 1];
    if (NOUN_BEFORE.contains(before)) {
      return true;
    }
    boolean plural = t.lower[i].length() > 3 && t.lower[i].endsWith("s");
    return plural
        && (QUANTIFIERS.contains(before)
            || NumberWords.value(before).orElse(1) > 1
            || Character.isDigit(t.word[i - 1].charAt(t.word[i - 1].length() - 1)));
  }

  /** Words besides numbers that count what follows them: "basis points", "several reports". */
  private static final Set<String> QUANTIFIERS =
      Set.of("dozen", "hundreds", "thousands", "several", "many", "basis", "percentage");

  /**
   * "the Islamic State", "raised questions about": a form that is also a noun counts as a cue only
   * after a subject pronoun, a relative pronoun, an auxiliary or adverb, "to", or a name.
   */
  private boolean ambiguousNoun(Tokens t, int i) {
    if (!cues.alsoNoun(t.lower[i])) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    String before = t.lower[i - 1];
    boolean subject =
        Set.of("he", "she", "they", "i", "we", "you", "who", "that", "which", "to").contains(before)
            || CUE_LEAD.contains(before)
            || isAdverb(before);
    if (subject) {
      return false;
    }
    if (Character.isUpperCase(t.word[i].charAt(0)) || NOUN_BEFORE.contains(before)) {
      return true; // "State Department", "his comments"
    }
    // "A Bloomberg poll shows that …", "Trump questions the …": a verb opens a clause or object.
    return !(i + 1 < t.size() && opensObject(t, i + 1));
  }

  private static boolean opensObject(Tokens t, int i) {
    String w = t.lower[i];
    return Set.of("that", "the", "a", "an", "his", "her", "their", "its", "him", "them", "it")
            .contains(w)
        || PRONOUNS.contains(w)
        || Character.isUpperCase(t.word[i].charAt(0))
        || Character.isDigit(t.word[i].charAt(0))
        || t.isOpeningQuote(i)
        || infinitive(t, i);
  }

  /** "hopes to win", "pledges to stay": a verb of intention before its infinitive. */
  private static boolean infinitive(Tokens t, int i) {
    return t.lower[i].equals("to")
        && i + 1 < t.size()
        && Character.isLowerCase(t.word[i + 1].charAt(0))
        && !NOUN_BEFORE.contains(t.lower[i + 1]);
  }

  private static int end(Span span) {
    return span == null ? -1 : span.end();
  }

  private Match matchCue(Tokens t, int cue, int length, Match previous) {
    int lead = cueLead(t, cue);
    int after = cue + length;
    if (after + 1 < t.size() && CUE_PARTICLES.contains(t.lower[after])) {
      after++;
    }
    // "said:" — the colon that opens the content belongs to the cue.
    if (after < t.size() && t.lower[after].equals(":")) {
      after++;
    }
    if (t.lower[cue].equals("according")) {
      return according(t, cue, after);
    }
    if (t.lower[cue].equals("asked")
        && lead == cue
        && (cue == 0 || t.lower[cue - 1].equals("when") || t.lower[cue - 1].equals(","))) {
      return askedClause(t, cue, after);
    }
    if (RAISING.contains(t.lower[cue])) {
      return raising(t, lead, cue, after);
    }
    if (cues.isGerund(t.lower[cue]) && lead == cue && cue > 0 && t.lower[cue - 1].equals(",")) {
      return participle(t, cue, after, previous);
    }
    if (lead > 1
        && t.isSeparator(lead - 1)
        && namesAfter(t, after)
        && !clauseAfter(t, after)
        && !appositiveOpensSentence(t, lead)) {
      Match m = inverted(t, lead, after);
      if (m != null) {
        return m;
      }
    }
    if (shortTail(t, after)) {
      Match m = contentFirst(t, lead, after);
      if (m != null) {
        return m;
      }
    }
    if (passive(t, lead, cue)) {
      return passiveMatch(t, lead, after);
    }
    return sourceFirst(t, lead, after);
  }

  /**
   * "Asked whether he would run, Lee said …", "When asked about the merger, she …": the question
   * put is reported with nobody named as asking it, so the source is empty and the content is the
   * question, up to the comma that ends the clause (a comma inside a closing quote stays in).
   */
  private static Match askedClause(Tokens t, int cue, int after) {
    boolean open = false;
    for (int i = after; i + 2 < t.size(); i++) {
      if (t.isOpeningQuote(i)) {
        open = true;
      } else if (t.isClosingQuote(i)) {
        open = false;
      } else if (t.lower[i].equals(",") && (!open || t.isClosingQuote(i + 1))) {
        int end = open ? i + 2 : i;
        return end - after < 2
            ? null
            : new Match(null, t.span(cue, after), t.span(after, end), false);
      }
    }
    return null;
  }

  /** "seems", "appeared": the writer's judgement of the clause, with no holder named. */
  private static final Set<String> RAISING =
      Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

  /**
   * "The senator seemed to be tiring": nobody is named as holding the view, so the source is empty,
   * the cue is the verb alone and the content is the clause from its subject ("it seems that X":
   * X). "appeared on television" is no cue at all.
   */
  private Match raising(Tokens t, int lead, int cue, int after) {
    if (after >= t.size()
        || PREPOSITIONS.contains(t.lower[after]) && !t.lower[after].equals("to")
        || t.isPunctuation(after)) {
      return null;
    }
    Span subject = sourceBefore(t, lead);
    if (subject == null) {
      return null;
    }
    int start = t.indexOfStart(subject.start());
    if (t.lower[start].equals("it") && Set.of("that", "like", "as").contains(t.lower[after])) {
      start = after + 1;
    }
    int contentEnd = t.size();
    while (contentEnd > after && t.isFinalStop(contentEnd - 1)) {
      contentEnd--;
    }
    return contentEnd - start < 2
        ? null
        : new Match(null, t.span(cue, after), t.span(start, contentEnd), false);
  }

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s");

  /** "She is convinced that …": the subject of these holds the view; they are not passives. */
  private static final Set<String> EXPERIENCERS =
      Set.of(
          "convinced",
          "concerned",
          "worried",
          "pleased",
          "disappointed",
          "surprised",
          "frustrated",
          "determined",
          "committed",
          "prepared",
          "delighted",
          "alarmed",
          "troubled",
          "encouraged",
          "satisfied",
          "confused",
          "opposed",
          "inclined");

  private static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of("said", "told", "thought", "seen", "known", "found", "shown", "written", "felt");

  /** "Troops are expected to …", "was first reported by …": a form of "be" before a participle. */
  private static boolean passive(Tokens t, int lead, int cue) {
    String w = t.lower[cue];
    if (!(w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w)) || EXPERIENCERS.contains(w)) {
      return false;
    }
    for (int i = lead; i < cue; i++) {
      if (BE.contains(t.lower[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Design decision: a passive cue names its holder only in a "by" phrase ("was first reported by
   * the Gazette": source the Gazette, content the subject). Without one ("Troops are expected to
   * leave") nobody is named: the source is empty and the content is the whole clause from its
   * subject, as PolNeAR annotates it; the subject is never taken for the holder.
   */
  private Match passiveMatch(Tokens t, int lead, int after) {
    Span subject = sourceBefore(t, lead);
    if (subject == null) {
      return null;
    }
    Span cue = t.span(lead, after);
    if (after + 1 < t.size() && t.lower[after].equals("by")) {
      int end = after + 1;
      while (end < t.size()
          && !t.isPunctuation(end)
          && !BOUNDARY_WORDS.contains(t.lower[end])
          && !PREPOSITIONS.contains(t.lower[end])
          && end - after <= config.maxSourceWords()) {
        end++;
      }
      return end > after + 1 ? new Match(t.span(after + 1, end), cue, subject, false) : null;
    }
    int contentEnd = t.size();
    while (contentEnd > after && t.isFinalStop(contentEnd - 1)) {
      contentEnd--;
    }
    if (contentEnd - after < 2) {
      return null;
    }
    int subjectStart = t.indexOfStart(subject.start());
    return new Match(null, cue, t.span(subjectStart, contentEnd), false);
  }

  /**
   * "Mira Osei, a senior adviser to the mayor, called the remarks unfortunate": a name and its
   * appositive open the sentence and no quote precedes, so the name is the source of what follows.
   */
  private boolean appositiveOpensSentence(Tokens t, int lead) {
    if (!t.lower[lead - 1].equals(",")) {
      return false;
    }
    boolean inner = false;
    for (int i = 0; i < lead; i++) {
      if (t.isQuote(i)) {
        return false;
      }
      inner |= i > 0 && i < lead - 1 && t.lower[i].equals(",");
    }
    Span source = inner ? appositiveSource(t, lead - 1, lead) : null;
    return source != null && source.start() == t.start[0];
  }

  private static final Set<String> FINITE =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
          "may", "might", "can", "did", "does", "do");

  /**
   * "Jo Lee, director of the institute, said the states were wrong": a finite verb before the next
   * comma makes what follows the cue a clause, so the cue's source is before it, not after.
   */
  private static boolean clauseAfter(Tokens t, int after) {
    for (int i = after; i < t.size() && !t.isPunctuation(i); i++) {
      if (FINITE.contains(t.lower[i])) {
        return true;
      }
    }
    return false;
  }

  /** A name or a noun phrase, not a pronoun or clause, follows: "…,” said Doug Schoen". */
  private static boolean namesAfter(Tokens t, int after) {
    if (after >= t.size()) {
      return false;
    }
    String w = t.lower[after];
    if (PRONOUNS.contains(w)) {
      return false;
    }
    return Character.isUpperCase(t.word[after].charAt(0))
        || Set.of("the", "a", "an", "one", "another", "his", "her", "their").contains(w);
  }

  /** The start of the cue with its auxiliaries and adverbs: "has also said". */
  private int cueLead(Tokens t, int cue) {
    int lead = cue;
    while (lead > 0 && (CUE_LEAD.contains(t.lower[lead - 1]) || isAdverb(t.lower[lead - 1]))) {
      lead--;
    }
    return lead;
  }

  private static boolean isAdverb(String lower) {
    return lower.length() > 4 && lower.endsWith("ly") && !lower.equals("early");
  }

  /**
   * Nothing, or a few words with no clause of their own, stand between the cue and the end: a time
   * or place ("on Monday", "in a statement"), a listener after "told", or an inverted source ("said
   * Peskov").
   */
  private boolean shortTail(Tokens t, int after) {
    if (after >= t.size() || t.isPunctuation(after) || t.isClosingQuote(after)) {
      return true;
    }
    String first = t.lower[after];
    boolean tailStart =
        TAIL_START.contains(first)
            || Character.isUpperCase(t.word[after].charAt(0))
            || TAKES_LISTENER.contains(t.lower[after - 1]);
    if (!tailStart) {
      return false;
    }
    int words = 0;
    for (int i = after; i < t.size(); i++) {
      String w = t.lower[i];
      if (t.isCommaBeforeQuoteOrParticiple(i, cues) || w.equals(";") || w.equals(",")) {
        return true;
      }
      if (w.equals("that") || w.equals(":") || t.isOpeningQuote(i)) {
        return false;
      }
      if (!t.isPunctuation(i) && ++words > config.maxTailWords()) {
        return false;
      }
    }
    return true;
  }

  /** "CONTENT, SOURCE CUE …" or "CONTENT, CUE SOURCE": the content is the clause before. */
  private Match inverted(Tokens t, int lead, int after) {
    int separator = lead - 1;
    int sourceEnd = invertedSourceEnd(t, after);
    if (sourceEnd <= after) {
      return null;
    }
    Span content = contentAround(t, contentBefore(t, separator), sourceEnd);
    return new Match(t.span(after, sourceEnd), t.span(lead, after), content, true);
  }

  private Match contentFirst(Tokens t, int lead, int after) {
    int separator = lead - 1;
    while (separator >= 0 && !t.isSeparator(separator)) {
      separator--;
    }
    int words = lead - separator - 1;
    if (separator < 0 && bareTail(t, after) && bareSource(t, lead)) {
      return new Match(
          t.span(0, lead), t.span(lead, after), new Span(t.start[0], t.start[0]), true);
    }
    if (separator < 2 || words < 1 || words > config.maxSourceWords()) {
      return null;
    }
    if (after + 1 < t.size()
        && t.lower[after].equals(",")
        && t.isOpeningQuote(after + 1)
        && !t.isClosingQuote(separator)
        && !t.isClosingQuote(separator - 1)) {
      // "At the rally, Clinton said, “…”": with no quote before it, the cue introduces the quote
      // that follows.
      return null;
    }
    // ", and some speculated about …" coordinates a clause of its own; it reports nothing before.
    if (!plausibleSource(t, separator + 1, lead)
        || BOUNDARY_WORDS.contains(t.lower[separator + 1])) {
      return null;
    }
    Span content = contentAround(t, contentBefore(t, separator), after);
    return new Match(t.span(separator + 1, lead), t.span(lead, after), content, true);
  }

  /**
   * A sentence that is only a source and its cue ("Graham asked.", "Mr. King, 82, told me." after a
   * quoted question): a pronoun or a short name, perhaps after "the" and a few nouns. Its content
   * is the sentence before, which the finder fills in; the match carries an empty content until
   * then.
   */
  private static boolean bareTail(Tokens t, int after) {
    int words = 0;
    for (int i = after; i < t.size(); i++) {
      if (!t.isPunctuation(i)) {
        words++;
      } else if (!t.isFinalStop(i) && !t.lower[i].equals("?") && !t.lower[i].equals("!")) {
        return false;
      }
    }
    if (words == 0) {
      return true;
    }
    String first = t.lower[after];
    return words <= 5
        && (TAIL_START.contains(first) && !first.equals("that")
            || TAKES_LISTENER.contains(t.lower[after - 1]));
  }

  private boolean bareSource(Tokens t, int lead) {
    if (lead < 1 || lead > 6) {
      return false;
    }
    if (lead == 1 && PRONOUNS.contains(t.lower[0]) && !t.lower[0].equals("it")) {
      return !Set.of("this", "that", "there").contains(t.lower[0]);
    }
    boolean named = false;
    for (int i = 0; i < lead; i++) {
      String w = t.lower[i];
      boolean capital = Character.isUpperCase(t.word[i].charAt(0));
      if (BOUNDARY_WORDS.contains(w) || NOT_SOURCE_START.contains(w) || w.endsWith("ed")) {
        return false;
      }
      named |= capital && i > 0 || capital && !w.equals("the");
      if (!capital
          && !NAME_GLUE.contains(w)
          && !t.isPunctuation(i)
          && !w.endsWith("s")
          && !w.endsWith("man")
          && !w.endsWith("woman")
          && !w.endsWith("person")) {
        return false;
      }
    }
    return named || t.lower[0].equals("the");
  }

  /**
   * "But to prevent problems, he said, local officials should be vigilant": a cue set in the middle
   * of its content by commas leaves one content around it.
   */
  private Span contentAround(Tokens t, Span before, int resume) {
    int i = resume;
    while (i < t.size() && !t.lower[i].equals(",") && !t.isFinalStop(i)) {
      i++;
    }
    if (i + 2 >= t.size()
        || !t.lower[i].equals(",")
        || cues.isGerund(t.lower[i + 1])
        || BOUNDARY_WORDS.contains(t.lower[i + 1])
        || t.isQuote(before.end() - 1 < 0 ? 0 : t.lastTokenBefore(before.end()))) {
      return before;
    }
    int end = t.size();
    while (end > i && t.isFinalStop(end - 1)) {
      end--;
    }
    return new Span(before.start(), t.end[end - 1]);
  }

  /** The content before a separator: a closing quote belongs to it, a bare comma does not. */
  private static Span contentBefore(Tokens t, int separator) {
    int end = t.isClosingQuote(separator) ? t.end[separator] : t.start[separator];
    if (!t.isClosingQuote(separator)
        && separator > 0
        && t.isClosingQuote(separator - 1)
        && t.lower[separator].equals(",")) {
      end = t.end[separator - 1];
    }
    return new Span(t.start[0], Math.max(t.start[0], end));
  }

  /** The end of a source after its cue: the sentence end, or where a quote or clause resumes. */
  private int invertedSourceEnd(Tokens t, int after) {
    int last = t.size();
    boolean appositive = false;
    for (int i = after; i < t.size(); i++) {
      String w = t.lower[i];
      if (t.isCommaBeforeQuoteOrParticiple(i, cues) || w.equals(";")) {
        last = i;
        break;
      }
      if (w.equals(",") && i + 1 < t.size() && NOT_SOURCE_START.contains(t.lower[i + 1])) {
        last = i;
        break;
      }
      appositive |= w.equals(",");
      if (!appositive && i > after && Set.of("in", "on", "at", "during", "to").contains(w)) {
        last = i;
        break;
      }
    }
    while (last > after && t.isTrailingPunctuation(last - 1)) {
      last--;
    }
    return last - after > config.maxAppositiveWords() ? after : last;
  }

  /**
   * ", who is 70", ", but still lost": a relative clause on the last noun or a clause joined by
   * "but" after a comma is the writer's addition, not part of what was reported.
   */
  private static final Set<String> CONTENT_STOP =
      Set.of("who", "but", "while", "although", "though");

  /** "SOURCE CUE (that) CONTENT". */
  private Match sourceFirst(Tokens t, int lead, int after) {
    int contentStart = contentStart(t, after);
    int contentEnd = t.size();
    // "…, saying that …" starts an attribution of its own.
    for (int i = contentStart + 2; i + 1 < t.size(); i++) {
      if (t.lower[i].equals(",")
          && (cues.isGerund(t.lower[i + 1]) || CONTENT_STOP.contains(t.lower[i + 1]))) {
        contentEnd = i;
        break;
      }
    }
    while (contentEnd > contentStart && t.isFinalStop(contentEnd - 1)) {
      contentEnd--;
    }
    if (contentEnd - contentStart < 2) {
      return null;
    }
    Span source = sourceBefore(t, lead);
    if (source == null && lead > 1 && Set.of("and", "but").contains(t.lower[lead - 1])) {
      // "Cruz exhorted Republicans to … and said he …": a second verb shares the subject.
      source = subject(t, lead - 1);
    }
    if (source == null && SPEECH.contains(t.lower[after - 1]) && lead > 0) {
      return new Match(
          subject(t, lead), t.span(lead, after), t.span(contentStart, contentEnd), false);
    }
    if (source == null) {
      return null;
    }
    return new Match(source, t.span(lead, after), t.span(contentStart, contentEnd), false);
  }

  private int contentStart(Tokens t, int after) {
    int start = after;
    boolean listener = start < t.size() && TAKES_LISTENER.contains(t.lower[start - 1]);
    boolean phrase = start < t.size() && PREPOSITIONS.contains(t.lower[start]);
    if (listener || phrase) {
      int marker = -1;
      for (int i = start; i < Math.min(t.size(), start + 8); i++) {
        if (t.lower[i].equals("that") || t.isOpeningQuote(i)) {
          marker = i;
          break;
        }
        if (t.lower[i].equals(",") || t.lower[i].equals(":")) {
          marker = i + 1;
          break;
        }
      }
      start = marker >= 0 ? marker : listener ? afterListener(t, start) : start;
    }
    while (start < t.size() && (t.lower[start].equals(",") || t.lower[start].equals(":"))) {
      start++;
    }
    return start;
  }

  /** "told the forum he was …": past the listener named right after the cue. */
  private static int afterListener(Tokens t, int start) {
    int i = start;
    if (i < t.size() && OBJECT_PRONOUNS.contains(t.lower[i])) {
      return i + 1;
    }
    if (i < t.size() && Set.of("the", "a", "an", "his", "her", "their").contains(t.lower[i])) {
      i++;
    }
    int names = i;
    while (names < t.size() && Character.isUpperCase(t.word[names].charAt(0))) {
      names++;
    }
    return names > i ? names : Math.min(t.size(), i + 1);
  }

  /** The noun phrase before the cue, with an appositive set off by commas ("X, 57,"). */
  private Span sourceBefore(Tokens t, int lead) {
    int end = lead;
    if (end == 0) {
      return null;
    }
    int last = end - 1;
    if (t.lower[last].equals(",")) {
      return appositiveSource(t, last, end);
    }
    int start = phraseStart(t, end);
    // "Then someone asked": an adverb that opens the clause is not part of the source.
    while (start < end - 1 && LEADING_ADVERBS.contains(t.lower[start])) {
      start++;
    }
    if (start >= end || end - start > config.maxSourceWords() || !plausibleSource(t, start, end)) {
      return trailingName(t, start, end);
    }
    return t.span(start, end);
  }

  /**
   * "In a meeting with the board last March Trump said": when the phrase before the cue is too long
   * or opens with a preposition, the capitalised name right before the cue is the source.
   */
  private static Span trailingName(Tokens t, int start, int end) {
    int i = end;
    while (i > Math.max(start, end - 4) && Character.isUpperCase(t.word[i - 1].charAt(0))) {
      i--;
    }
    if (i == end || i == start || NOT_SOURCE_START.contains(t.lower[i])) {
      return null;
    }
    return t.span(i, end);
  }

  /**
   * "Johnnie Wilson, of Springfield, Va., said": back over up to three comma segments to the
   * earliest one that opens with a name; the source runs to the last comma.
   */
  private Span appositiveSource(Tokens t, int lastComma, int end) {
    int best = -1;
    int comma = lastComma;
    for (int segments = 0; segments < 3; segments++) {
      int prev = comma - 1;
      while (prev >= 0
          && !t.lower[prev].equals(",")
          && !t.isQuote(prev)
          && !BOUNDARY_WORDS.contains(t.lower[prev])) {
        prev--;
      }
      int start = phraseStart(t, comma);
      if (start < comma
          && Character.isUpperCase(t.word[start].charAt(0))
          && plausibleSource(t, start, comma)) {
        best = start;
      }
      if (prev < 0
          || !t.lower[prev].equals(",")
          || lastComma - prev > config.maxAppositiveWords()) {
        break;
      }
      comma = prev;
    }
    if (best < 0) {
      return null;
    }
    // "Trump, speaking to a veterans group," — a participle set off by commas describes the
    // moment, not the source: the source ends before it.
    for (int i = best + 1; i + 1 < lastComma; i++) {
      if (t.lower[i].equals(",") && isParticiple(t, i + 1)) {
        return t.span(best, i);
      }
    }
    return t.span(best, end);
  }

  private static boolean isParticiple(Tokens t, int i) {
    String w = t.word[i];
    return w.length() > 5 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0));
  }

  private int phraseStart(Tokens t, int end) {
    int i = end - 1;
    while (i >= 0) {
      String w = t.lower[i];
      // "Paul D. Ryan (R-Wis.)": a parenthesis inside the phrase is skipped whole.
      if (w.equals(")")) {
        int open = i - 1;
        while (open >= 0 && !t.lower[open].equals("(") && i - open < 8) {
          open--;
        }
        if (open > 0 && t.lower[open].equals("(")) {
          i = open - 1;
          continue;
        }
      }
      if (w.equals("who") || w.equals("which")) {
        // "who said" makes "who" the source; "which Mr. Clarke says" makes it the content.
        return i == end - 1 ? i : i + 1;
      }
      if (t.isPunctuation(i)
              && !w.equals("'s")
              && !w.equals("\u2019s")
              && !w.equals("-")
              && !abbreviationStop(t, i)
          || BOUNDARY_WORDS.contains(w) && !joinsNames(t, i)
          || cueBoundary(t, i)) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /**
   * Another cue ends a source looking back, but a capitalised cue word is part of a name ("The
   * Harbour Post poll", "State Department") unless it opens the sentence before a lower-case word
   * ("Reports indicate").
   */
  private boolean cueBoundary(Tokens t, int i) {
    boolean capital = Character.isUpperCase(t.word[i].charAt(0));
    if (capital
        && !(i == 0 && i + 1 < t.size() && Character.isLowerCase(t.word[i + 1].charAt(0)))) {
      return false;
    }
    return cues.match(t.lower, i) > 0;
  }

  /**
   * "Sen. David Perdue", "Rep. G.K. Butterfield": a full stop the tokenizer split from a title or
   * an initial (a capitalised word of at most four letters) is inside the name, not its boundary.
   */
  private static boolean abbreviationStop(Tokens t, int i) {
    if (!t.lower[i].equals(".") || i == 0 || t.start[i] != t.end[i - 1]) {
      return false;
    }
    String before = t.word[i - 1];
    return before.length() <= 4
        && Character.isUpperCase(before.charAt(0))
        && before.chars().allMatch(c -> Character.isLetter(c) || c == '.');
  }

  /** "and" between two names joins them into one source: "Trump and Pence said". */
  private static boolean joinsNames(Tokens t, int i) {
    return (t.lower[i].equals("and") || t.lower[i].equals("or"))
        && i > 0
        && i + 1 < t.size()
        && Character.isUpperCase(t.word[i - 1].charAt(0))
        && Character.isUpperCase(t.word[i + 1].charAt(0));
  }

  private static boolean plausibleSource(Tokens t, int start, int end) {
    if (NOT_SOURCE_START.contains(t.lower[start])) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (t.isQuote(i)) {
        return false;
      }
    }
    return true;
  }

  /** "…, adding that …": the participle's source is the source of the clause it follows. */
  private Match participle(Tokens t, int cue, int after, Match previous) {
    int contentStart = contentStart(t, after);
    int contentEnd = t.size();
    while (contentEnd > contentStart && t.isFinalStop(contentEnd - 1)) {
      contentEnd--;
    }
    Span source = previous == null ? subject(t, cue) : previous.source();
    // With no source yet, the clause's source is filled in when the attributions are chosen.
    if (contentEnd - contentStart < 2) {
      return null;
    }
    return new Match(source, t.span(cue, after), t.span(contentStart, contentEnd), false);
  }

  /**
   * The subject a participle leans on: the run of names that opens the sentence, after an
   * introductory phrase set off by a comma ("At the forum, Clinton …").
   */
  private static Span subject(Tokens t, int before) {
    int start = 0;
    if (NOT_SOURCE_START.contains(t.lower[0])) {
      while (start < before && !t.lower[start].equals(",")) {
        start++;
      }
      start++;
    }
    int end = start;
    while (end < before
        && (Character.isUpperCase(t.word[end].charAt(0))
            || end > start && NAME_GLUE.contains(t.lower[end]))) {
      end++;
    }
    while (end > start && NAME_GLUE.contains(t.lower[end - 1])) {
      end--;
    }
    if (end > start && end < before && t.lower[end].equals(",")) {
      // "Donald Trump, her Republican opponent, bemoaned …": the appositive and its closing comma
      // belong to the subject.
      for (int i = end + 1; i < before && i - end <= 30; i++) {
        if (t.isQuote(i) || BOUNDARY_WORDS.contains(t.lower[i])) {
          break;
        }
        if (t.lower[i].equals(",")) {
          return i > end + 1 ? t.span(start, i + 1) : t.span(start, end);
        }
      }
    }
    return end > start && end < before ? t.span(start, end) : null;
  }

  /** A colon after a short name opens what it said: "Poll: …", "WALLACE: …". */
  Match colon(Tokens t) {
    // A transcript turn may sit inside a quotation mark: "\"WALLACE: …".
    int first = t.isOpeningQuote(0) ? 1 : 0;
    for (int i = first + 1; i < Math.min(t.size() - 2, 8 + first); i++) {
      if (t.lower[i].equals(":")) {
        for (int j = first; j < i; j++) {
          boolean nameWord =
              Character.isUpperCase(t.word[j].charAt(0)) || NAME_GLUE.contains(t.lower[j]);
          if (!nameWord) {
            return null;
          }
        }
        if (COLON_LABELS.contains(
            t.text.substring(t.start[first], t.end[i - 1]).toLowerCase(Locale.ROOT))) {
          return null;
        }
        int contentEnd = t.size();
        while (contentEnd > i + 1 && t.isFinalStop(contentEnd - 1)) {
          contentEnd--;
        }
        return contentEnd - i - 1 < 2
            ? null
            : new Match(t.span(first, i), t.span(i, i + 1), t.span(i + 1, contentEnd), false);
      }
    }
    return null;
  }

  /** "According to SOURCE, CONTENT." and "CONTENT, according to SOURCE." */
  private Match according(Tokens t, int cue, int after) {
    int sourceEnd = after;
    while (sourceEnd < t.size() && !t.isPunctuation(sourceEnd)) {
      sourceEnd++;
    }
    if (sourceEnd == after) {
      return null;
    }
    Span source = t.span(after, sourceEnd);
    Span cueSpan = t.span(cue, after);
    int first = cue > 0 && Set.of("and", "but").contains(t.lower[cue - 1]) ? cue - 1 : cue;
    if (first == 0) {
      int contentStart =
          sourceEnd < t.size() && t.lower[sourceEnd].equals(",") ? sourceEnd + 1 : sourceEnd;
      int contentEnd = t.size();
      while (contentEnd > contentStart && t.isFinalStop(contentEnd - 1)) {
        contentEnd--;
      }
      return contentEnd - contentStart < 2
          ? null
          : new Match(source, cueSpan, t.span(contentStart, contentEnd), false);
    }
    int contentEnd = cue;
    while (contentEnd > 0 && t.lower[contentEnd - 1].equals(",")) {
      contentEnd--;
    }
    return contentEnd < 2 ? null : new Match(source, cueSpan, t.span(0, contentEnd), true);
  }

  /** The tokens of one sentence as article offsets and lower-case words. */
  static final class Tokens {
    final String text;
    final int[] start;
    final int[] end;
    final String[] word;
    final String[] lower;

    private Tokens(String text, List<Span> spans) {
      this.text = text;
      int n = spans.size();
      start = new int[n];
      end = new int[n];
      word = new String[n];
      lower = new String[n];
      for (int i = 0; i < n; i++) {
        start[i] = spans.get(i).start();
        end[i] = spans.get(i).end();
        word[i] = text.substring(start[i], end[i]);
        lower[i] = word[i].toLowerCase(Locale.ROOT);
      }
    }

    static Tokens of(String text, Sentence sentence) {
      if (!sentence.tokens().isEmpty()) {
        return new Tokens(text, sentence.tokens());
      }
      List<Span> spans = new ArrayList<>();
      Matcher m = WORD_TOKEN.matcher(sentence.text());
      int offset = sentence.span().start();
      while (m.find()) {
        spans.add(new Span(offset + m.start(), offset + m.end()));
      }
      return new Tokens(text, spans);
    }

    int size() {
      return start.length;
    }

    Span span(int from, int to) {
      return new Span(start[from], end[to - 1]);
    }

    /** The index of the token that starts at {@code offset}, or -1. */
    int indexOfStart(int offset) {
      int i = java.util.Arrays.binarySearch(start, offset);
      return i >= 0 ? i : -1;
    }

    /** The index of the last token that starts before {@code offset}. */
    int lastTokenBefore(int offset) {
      int i = size() - 1;
      while (i >= 0 && start[i] >= offset) {
        i--;
      }
      return i;
    }

    /**
     * Which tokens stand inside a quotation: a cue there is the quoted speaker's, not the
     * article's. A sentence whose first mark closes a quote began inside it.
     */
    boolean[] insideQuotes() {
      boolean[] inside = new boolean[size()];
      boolean open = false;
      for (int i = 0; i < size(); i++) {
        if (isOpeningQuote(i)) {
          open = true;
        } else if (isClosingQuote(i)) {
          if (!open) {
            java.util.Arrays.fill(inside, 0, i, true);
          }
          open = false;
        } else {
          inside[i] = open;
        }
      }
      return inside;
    }

    boolean isPunctuation(int i) {
      return !Character.isLetterOrDigit(word[i].charAt(0)) && !lower[i].endsWith("'s");
    }

    boolean isQuote(int i) {
      return isOpeningQuote(i) || isClosingQuote(i);
    }

    boolean isOpeningQuote(int i) {
      return Quotes.openingAt(text, start[i]) > 0;
    }

    boolean isClosingQuote(int i) {
      return Quotes.closingAt(text, start[i]) > 0 && !isOpeningQuote(i);
    }

    /** What ends a content put first: a comma, a closing quote, a dash. */
    boolean isSeparator(int i) {
      return lower[i].equals(",")
          || isClosingQuote(i)
          || lower[i].equals("\u2014")
          || lower[i].equals("--");
    }

    boolean isFinalStop(int i) {
      return lower[i].equals(".") || lower[i].equals(";") || lower[i].equals(",");
    }

    boolean isTrailingPunctuation(int i) {
      return lower[i].equals(".") || lower[i].equals(",") || lower[i].equals(";");
    }

    boolean isCommaBeforeQuoteOrParticiple(int i, CueLexicon cues) {
      return lower[i].equals(",")
          && i + 1 < size()
          && (isOpeningQuote(i + 1) || cues.isGerund(lower[i + 1]));
    }
  }
}
