package dev.newsdesk.claims;

import dev.newsdesk.internal.Literals;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.internal.TermIndex;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.Evidence;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import dev.newsdesk.model.StoryMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups a story's statements into claims and traces each to its origin.
 *
 * <p>Each attribution the analysis found seeds or joins a claim (by weighted word overlap with the
 * claim's statements, and never across a disagreeing number). Sentences that name no source join
 * the claim they repeat, so an unattributed copy inherits the origin.
 *
 * <p>Design decision (origin = root of the reporting chain): every statement is traced to a root.
 * When it reaches the story through an outlet (the source it names is an outlet, "CNN Turk
 * reported"; or the article is a credited wire copy; or the article is the own report of an outlet
 * that other articles of the story cite), the root is that outlet, and what the outlet itself cited
 * (a ministry, "its own sources") is the link behind it, not a second source. An outlet citing
 * another outlet ("TASS, citing Reuters") passes the root on. Otherwise the root is the named
 * source (an official, a company). Generic sources ("Russian media", "the company") never add a
 * root when a named one exists. {@code independentSources} counts distinct roots; a claim no one
 * attributes traces to the earliest article that carries it. Deterministic; not thread-safe.
 */
public final class ClaimGrouper {
  private static final double JOIN_ATTRIBUTED = 0.3;
  private static final double JOIN_UNATTRIBUTED = 0.4;

  /** Paraphrases share fewer words: across articles, mean two-way coverage may join them. */
  private static final double JOIN_PARAPHRASE = 0.35;

  /**
   * The mean two-way coverage enough when two statements agree on an exact detail: the same count
   * of the same thing, or the same calendar day named with its number.
   *
   * <p>Design decision (a day is an exact detail, 2026-12-02, eighth session): "appeared on a
   * hacking forum on March 14" and "had been advertised on a hacking forum on March 14" describe
   * one event in other words; an agreeing date is as specific as an agreeing figure, and unlike a
   * shared word it cannot be a coincidence of topic. The two still need a quarter of each other's
   * weighted words ({@link #MIN_EACH_WAY}), and a disagreeing count still vetoes the join.
   */
  private static final double JOIN_SAME_COUNT = 0.25;

  private static final double MIN_EACH_WAY = 0.25;

  /**
   * Every join rule needs the words two statements share to weigh at least this share of the
   * joining statement's words (coverage at least {@link #MIN_EACH_WAY}, or a weighted Jaccard of at
   * least a join threshold, which is never more than that share): the bound of the index.
   */
  private static final double MIN_SHARED = Math.min(MIN_EACH_WAY, JOIN_ATTRIBUTED);

  // Compiled once: these run for every attribution and claim of every story briefed.
  private static final Pattern CITING_TAIL = Pattern.compile(",?\\s+citing\\s.*$");
  private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?i)(the|its|a)\\s+");
  private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"\u201C\u2018']+");
  private static final Pattern LEADING_THAT = Pattern.compile("^(?i)that\\s+");
  private static final Pattern EDGE_QUOTES =
      Pattern.compile("^[\"\u201C\u2018']+|[\"\u201D\u2019',;:]+$");

  private static final class Group {
    /** Its place in the order claims were started: ties go to the earlier claim. */
    final int number;

    final List<Statement> statements = new ArrayList<>();
    boolean hasQuantities;

    Group(int number) {
      this.number = number;
    }
  }

  /**
   * The claims found so far, their statements indexed by word (a large story compares thousands of
   * sentences with hundreds of claims: the index finds the few that could match).
   */
  private static final class Groups {
    final List<Group> all = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<Group> groupOfStatement = new ArrayList<>();
    final TermIndex index;

    Groups(StoryVocabulary vocabulary) {
      index = new TermIndex(vocabulary::weight);
    }

    Group start(Statement statement) {
      Group group = new Group(all.size());
      all.add(group);
      add(group, statement);
      return group;
    }

    void add(Group group, Statement statement) {
      group.statements.add(statement);
      group.hasQuantities |= !statement.quantities().isEmpty();
      index.add(statement.terms());
      statements.add(statement);
      groupOfStatement.add(group);
    }
  }

  /**
   * One article's statement of a claim.
   *
   * @param terms its words as the story vocabulary's sorted term ids
   * @param weight the summed weight of those words (likeness needs it for every pair it compares)
   * @param days the calendar days it names with a day number ("March 14", "Dec. 9")
   * @param root the name it traces back to, or null when its article names none
   */
  private record Statement(
      ArticleId article,
      Evidence evidence,
      String text,
      int[] terms,
      double weight,
      List<Quantities.Quantity> quantities,
      Set<LocalDate> days,
      String root,
      String via) {}

  /** A sentence of one article and the root a statement of it traces to. */
  private record SentenceRoot(int sentence, String root) {}

  /** A statement's root, and what that root, an outlet, cited in turn (a ministry), or null. */
  record Root(String name, String via) {}

  public List<Claim> group(List<StoryMember> members) {
    StoryVocabulary wholeStory = new StoryVocabulary();
    members.forEach(m -> m.article().sentences().forEach(s -> wholeStory.add(s.text())));
    return group(members, wholeStory);
  }

  /**
   * As {@link #group(List)}, with a vocabulary that has counted every sentence of the story's
   * members (copies too) already and counts no more while grouping (the index needs fixed weights).
   */
  public List<Claim> group(List<StoryMember> members, StoryVocabulary vocabulary) {
    Outlets outlets = new Outlets(members);
    Set<String> citedOutlets = citedOutlets(members, outlets);
    Groups groups = new Groups(vocabulary);
    Map<String, Set<String>> storyVias = new LinkedHashMap<>();
    for (StoryMember m : members) {
      String reporter = reporter(m, outlets, citedOutlets);
      seedFromAttributions(m.article(), reporter, outlets, groups, vocabulary);
    }
    for (StoryMember m : members) {
      joinUnattributedRepeats(m.article(), reporter(m, outlets, citedOutlets), groups, vocabulary);
    }
    Map<ArticleId, Integer> order = new LinkedHashMap<>();
    members.forEach(m -> order.put(m.id(), order.size()));
    Map<ArticleId, StoryMember> byId = new LinkedHashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    for (Group g : groups.all) {
      for (Statement s : g.statements) {
        if (s.via() != null && s.root() != null) {
          storyVias.computeIfAbsent(outlets.key(s.root()), k -> new HashSet<>()).add(s.via());
        }
      }
    }
    return groups.all.stream()
        .map(g -> toClaim(g, earliestOutlet(g, byId, outlets), storyVias, outlets))
        .sorted((a, b) -> Integer.compare(b.reportedBy().size(), a.reportedBy().size()))
        .toList();
  }

  /**
   * Outlets that the story's articles name as the source of what they report. An outlet naming
   * itself ("screenshots reviewed by The Meridian Ledger", in the Ledger) is reporting, not being
   * repeated: only another article's citation makes its report the one others carry.
   */
  private static Set<String> citedOutlets(List<StoryMember> members, Outlets outlets) {
    Set<String> cited = new HashSet<>();
    for (StoryMember m : members) {
      String own = outlets.of(m);
      String ownKey = own == null ? null : outlets.key(own);
      for (Attribution a : m.article().attributions()) {
        if (a.sourceText() != null) {
          String name = outlets.display(a.sourceText());
          if (outlets.isOutlet(name) && !outlets.isGeneric(name)) {
            String key = outlets.key(name);
            if (!key.equals(ownKey)) {
              cited.add(key);
            }
          }
        }
      }
    }
    return cited;
  }

  /**
   * The outlet through which everything an article says reaches the story, or null: the agency it
   * credits, or its own outlet when other articles cite that outlet (the article is the report they
   * repeat).
   */
  private static String reporter(StoryMember m, Outlets outlets, Set<String> citedOutlets) {
    String own = outlets.of(m);
    if (own == null) {
      return null;
    }
    return outlets.credited(m) || citedOutlets.contains(outlets.key(own)) ? own : null;
  }

  /**
   * Each attribution joins the claim it repeats, or starts one. Two attributions of one sentence
   * whose contents both read as fragments ("Solovyov praised the military, who he claimed had
   * ensured victory") both show the whole sentence: with the same root, the second joins the claim
   * the first started (shown as that sentence) when it repeats no other, rather than starting an
   * identical row.
   */
  private static void seedFromAttributions(
      AnalyzedArticle article,
      String reporter,
      Outlets outlets,
      Groups groups,
      StoryVocabulary vocabulary) {
    Map<SentenceRoot, Group> wholeSentences = new HashMap<>();
    for (Attribution a : article.attributions()) {
      if (a.isCitation()) {
        // "…, citing the regional emergency ministry" names where a report came from (the report's
        // own attribution carries it as the cited party); its "content" is not a statement.
        continue;
      }
      Statement statement = attributed(article, a, reporter, outlets, vocabulary);
      boolean wholeSentence =
          statement.text().equals(article.sentences().get(a.sentenceIndex()).text());
      SentenceRoot sentenceAndRoot = new SentenceRoot(a.sentenceIndex(), statement.root());
      Group best = bestGroup(groups, statement, vocabulary, JOIN_ATTRIBUTED);
      if (best == null && wholeSentence) {
        best = wholeSentences.get(sentenceAndRoot);
      }
      if (best != null) {
        groups.add(best, statement);
      } else if (wholeSentence) {
        wholeSentences.put(sentenceAndRoot, groups.start(statement));
      } else {
        groups.start(statement);
      }
    }
  }

  /** A sentence that names no source joins the claim it repeats, inheriting that claim's origin. */
  private static void joinUnattributedRepeats(
      AnalyzedArticle article, String reporter, Groups groups, StoryVocabulary vocabulary) {
    Set<Integer> attributedSentences = new HashSet<>();
    article.attributions().forEach(a -> attributedSentences.add(a.sentenceIndex()));
    for (Sentence sentence : article.sentences()) {
      if (attributedSentences.contains(sentence.index())) {
        continue;
      }
      int[] terms = vocabulary.termIds(sentence.text());
      Statement statement =
          new Statement(
              article.id(),
              new Evidence(article.id(), sentence.span()),
              sentence.text(),
              terms,
              vocabulary.weight(terms),
              Quantities.find(sentence.text()),
              daysWithin(article, sentence.span()),
              reporter,
              null);
      Group best = bestGroup(groups, statement, vocabulary, JOIN_UNATTRIBUTED);
      if (best != null) {
        groups.add(best, statement);
      }
    }
  }

  private static Statement attributed(
      AnalyzedArticle article,
      Attribution a,
      String reporter,
      Outlets outlets,
      StoryVocabulary vocabulary) {
    // "…, citing the regional emergency ministry" says where it came from, not what happened.
    String content = CITING_TAIL.matcher(a.content().of(article.text())).replaceFirst("");
    String sentence = article.sentences().get(a.sentenceIndex()).text();
    Root root = root(a.sourceText(), a.citedText(), reporter, outlets);
    int[] terms = vocabulary.termIds(content);
    return new Statement(
        article.id(),
        new Evidence(article.id(), a.content()),
        readsAsStatement(content) || clauseAfterAttribution(article.text(), a) ? content : sentence,
        terms,
        vocabulary.weight(terms),
        Quantities.find(content),
        daysWithin(article, a.content()),
        root == null ? null : root.name(),
        root == null ? null : root.via());
  }

  /**
   * Where one attributed statement traces back to; see the class comment.
   *
   * @param cited the party the source cites for it ("TASS, citing Reuters"), or null
   */
  static Root root(String source, String cited, String reporter, Outlets outlets) {
    if (source == null || OriginNames.isTimeWord(source)) {
      return reporter == null ? null : new Root(reporter, null);
    }
    String named = outlets.display(source);
    if (outlets.isOutlet(named)) {
      if (cited == null) {
        return new Root(named, null);
      }
      String citedName =
          outlets.display(LEADING_DETERMINER.matcher(cited.strip()).replaceFirst(""));
      if (outlets.isOutlet(citedName) && !outlets.isGeneric(citedName)) {
        return new Root(citedName, null);
      }
      return new Root(named, outlets.key(citedName));
    }
    return new Root(reporter != null ? reporter : named, null);
  }

  private static Group bestGroup(
      Groups groups, Statement statement, StoryVocabulary vocabulary, double threshold) {
    Map<Group, Double> scores = new LinkedHashMap<>();
    for (int candidate : groups.index.candidates(statement.terms(), MIN_SHARED, MIN_SHARED)) {
      double score = likeness(statement, groups.statements.get(candidate), vocabulary, threshold);
      if (score > 0) {
        scores.merge(groups.groupOfStatement.get(candidate), score, Math::max);
      }
    }
    Group best = null;
    double bestScore = 0;
    for (Map.Entry<Group, Double> e : scores.entrySet()) {
      Group group = e.getKey();
      double score = e.getValue();
      boolean better =
          score > bestScore || (score == bestScore && best != null && group.number < best.number);
      if (better && !disagreesWithAny(statement, group)) {
        best = group;
        bestScore = score;
      }
    }
    return best;
  }

  /** A claim whose statements give another value for the same thing cannot take this one. */
  private static boolean disagreesWithAny(Statement statement, Group group) {
    if (statement.quantities().isEmpty() || !group.hasQuantities) {
      return false;
    }
    for (Statement other : group.statements) {
      if (disagree(statement, other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much two statements say the same, or 0 below the threshold: weighted word overlap, or for
   * statements of different articles, mean two-way coverage (a paraphrase keeps the telling words).
   */
  private static double likeness(
      Statement a, Statement b, StoryVocabulary vocabulary, double threshold) {
    // One pass over the shared words gives the overlap and both coverages (this runs for most
    // pairs of a large story's statements).
    double shared = vocabulary.sharedWeight(a.terms(), b.terms());
    double union = a.weight() + b.weight() - shared;
    double overlap = union <= 0 ? 0 : shared / union;
    if (overlap >= threshold) {
      return overlap;
    }
    if (!a.article().equals(b.article()) && (a.root() != null || b.root() != null)) {
      double ab = a.weight() <= 0 ? 0 : shared / a.weight();
      double ba = b.weight() <= 0 ? 0 : shared / b.weight();
      // Both must carry much of the other: a long sentence that merely contains a short one's
      // common words ("residents", "evacuated") is another statement.
      double mean = Math.min(ab, ba) < MIN_EACH_WAY ? 0 : (ab + ba) / 2;
      // The same count of the same thing ("1,200 residents") or the same day ("on March 14") is
      // the strongest sign of one claim. A sentence that names no source must say more of the same
      // to join.
      double needed =
          (shareExactDetail(a, b) ? JOIN_SAME_COUNT : JOIN_PARAPHRASE)
              + (threshold - JOIN_ATTRIBUTED);
      if (mean >= needed) {
        return mean * threshold / needed;
      }
    }
    return 0;
  }

  /**
   * The days a span of an article names with a day number ("on March 14", "Dec. 9"). A weekday or
   * "yesterday" is left out: it names a day only through the publication date it is resolved
   * against, which is not something two reports can agree on.
   */
  private static Set<LocalDate> daysWithin(AnalyzedArticle article, Span span) {
    Set<LocalDate> days = new HashSet<>();
    for (DateMention d : article.dates()) {
      if (d.precision() == DatePrecision.DAY
          && Literals.hasAsciiDigit(d.text())
          && d.span().start() >= span.start()
          && d.span().end() <= span.end()) {
        days.add(d.value());
      }
    }
    return days;
  }

  /**
   * Whether two statements agree on an exact detail: the same count of the same thing ("1,200
   * residents") or the same calendar day ("on March 14").
   */
  private static boolean shareExactDetail(Statement a, Statement b) {
    for (LocalDate day : a.days()) {
      if (b.days().contains(day)) {
        return true;
      }
    }
    return shareQuantity(a, b);
  }

  private static boolean shareQuantity(Statement a, Statement b) {
    // A loop, not a stream: this runs for most pairs of a large story's statements.
    for (Quantities.Quantity q : a.quantities()) {
      if (b.quantities().contains(q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean disagree(Statement a, Statement b) {
    for (Quantities.Quantity qa : a.quantities()) {
      for (Quantities.Quantity qb : b.quantities()) {
        if (qa.nounStem().equals(qb.nounStem()) && !qa.value().equals(qb.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The outlet of the earliest article carrying a claim, for a claim no one attributes. */
  private static String earliestOutlet(
      Group group, Map<ArticleId, StoryMember> members, Outlets outlets) {
    StoryMember earliest = null;
    for (Statement s : group.statements) {
      StoryMember m = members.get(s.article());
      LocalDate date = m.article().article().published();
      if (date != null
          && (earliest == null
              || earliest.article().article().published() == null
              || date.isBefore(earliest.article().article().published()))) {
        earliest = m;
      }
    }
    return earliest == null ? null : outlets.of(earliest);
  }

  private static Claim toClaim(
      Group group, String earliestOutlet, Map<String, Set<String>> storyVias, Outlets outlets) {
    Statement first =
        group.statements.stream()
            .filter(s -> s.root() != null)
            .findFirst()
            .orElse(group.statements.get(0));
    Set<ArticleId> reportedBy = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Statement s : group.statements) {
      reportedBy.add(s.article());
      evidence.add(s.evidence());
    }
    List<String> roots = roots(group, storyVias, outlets);
    String origin = roots.isEmpty() ? earliestOutlet : String.join("; ", roots);
    return new Claim(
        asSentence(first.text()),
        origin,
        List.copyOf(reportedBy),
        Math.max(1, roots.size()),
        evidence);
  }

  /**
   * The distinct roots of a group's statements: a short form of a name already there ("Vetrana" for
   * "Vetrana Chemical Works") is that name, and generic roots count only when no named one exists.
   */
  private static List<String> roots(
      Group group, Map<String, Set<String>> storyVias, Outlets outlets) {
    Map<String, String> roots = new LinkedHashMap<>();
    Set<String> vias = new HashSet<>();
    group.statements.stream().filter(s -> s.via() != null).forEach(s -> vias.add(s.via()));
    // What a root outlet of this claim cites elsewhere in the story is a link behind it here too.
    for (Statement s : group.statements) {
      if (s.root() != null) {
        vias.addAll(storyVias.getOrDefault(outlets.key(s.root()), Set.of()));
      }
    }
    for (Statement s : group.statements) {
      if (s.root() == null || isVia(outlets.key(s.root()), vias)) {
        continue;
      }
      String key = outlets.key(s.root());
      boolean known = false;
      for (String other : List.copyOf(roots.keySet())) {
        if (containsWords(other, key)) {
          known = true;
          break;
        }
        if (containsWords(key, other)) {
          roots.remove(other);
        }
      }
      if (!known && !key.isEmpty()) {
        roots.put(key, s.root());
      }
    }
    List<String> named = roots.values().stream().filter(o -> !outlets.isGeneric(o)).toList();
    return named.isEmpty() ? List.copyOf(roots.values()) : named;
  }

  /** Whether a root is what an outlet of the same claim cited: a link, not a second source. */
  private static boolean isVia(String key, Set<String> vias) {
    return vias.stream().anyMatch(v -> containsWords(key, v) || containsWords(v, key));
  }

  private static boolean containsWords(String longer, String shorter) {
    return List.of(longer.split(" ")).containsAll(List.of(shorter.split(" ")));
  }

  /**
   * Whether a reported content reads on its own as what was said: a that-clause, or a clause
   * opening with a name, a number or a quotation ("Russia has asked…", "400 soldiers…"). Content
   * that opens lower-case is often the rest of a construction around the cue ("called the situation
   * a defeat", "expected to be transported", "said on Monday it was"), which reads as a fragment;
   * the claim then shows the whole sentence, attribution and all.
   */
  /**
   * "According to Al Jazeera, armed groups have entered the city": the attribution comes first and
   * a comma closes it, so its content is a whole clause, in lower case only for where it stands.
   */
  private static boolean clauseAfterAttribution(String text, Attribution a) {
    int end = a.source() == null ? a.cue().end() : Math.max(a.cue().end(), a.source().end());
    return end <= a.content().start()
        && text.substring(end, a.content().start()).strip().equals(",");
  }

  static boolean readsAsStatement(String content) {
    String text = content.strip();
    if (text.regionMatches(true, 0, "that ", 0, 5)) {
      return true;
    }
    text = OPENING_QUOTES.matcher(text).replaceFirst("");
    return !text.isEmpty()
        && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
  }

  private static String asSentence(String content) {
    String text =
        EDGE_QUOTES
            .matcher(LEADING_THAT.matcher(content.strip()).replaceFirst(""))
            .replaceAll("")
            .strip();
    if (text.isEmpty()) {
      return content.strip();
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") || text.endsWith("\u2026")
        ? text
        : text + ".";
  }
}
