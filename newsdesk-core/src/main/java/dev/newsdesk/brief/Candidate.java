package dev.newsdesk.brief;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A sentence that may go into a brief, with its score and the articles that support it. */
record Candidate(
    ArticleId article,
    String text,
    Set<String> terms,
    int sentenceIndex,
    List<ArticleId> support,
    double score) {

  static final Comparator<Candidate> BY_SCORE =
      Comparator.comparingDouble(Candidate::score)
          .thenComparing(c -> c.article().value(), Comparator.reverseOrder())
          .thenComparing(Candidate::sentenceIndex, Comparator.reverseOrder());

  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  /** Support is verified for the most central sentences only: it costs a pass over the story. */
  private static final int MAX_VERIFIED = 80;

  /** Sentences that lean on the one before ("He added", "The channel also") do not stand alone. */
  private static final Pattern DEPENDENT_START =
      Pattern.compile(
          "^(He|She|It|They|This|That|These|Those|Its|His|Her|Their|But|And|However|Meanwhile|Also|The (channel|outlet|agency|newspaper|paper|report))\\b");

  private static final Pattern CUT_OFF = Pattern.compile("(\u2026|\\.\\.\\.)\\s*$");

  boolean opensArticle() {
    return sentenceIndex == 0;
  }

  BriefPoint toPoint() {
    return new BriefPoint(text, support);
  }

  static List<Candidate> all(
      List<StoryMember> members, StoryVocabulary vocabulary, CitationVerifier verifier) {
    Map<String, Integer> articlesWithTerm = new HashMap<>();
    List<Candidate> unverified = new ArrayList<>();
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      Set<String> inArticle = new HashSet<>();
      AnalyzedArticle article = member.article();
      for (Sentence s : article.sentences()) {
        Set<String> terms = vocabulary.terms(s.text());
        inArticle.addAll(terms);
        if (usable(article, s)) {
          unverified.add(
              new Candidate(member.id(), s.text(), terms, s.index(), List.of(member.id()), 0));
        }
      }
      inArticle.forEach(t -> articlesWithTerm.merge(t, 1, Integer::sum));
    }
    List<Candidate> central = new ArrayList<>();
    for (Candidate c : unverified) {
      double shared = 0;
      for (String t : c.terms()) {
        shared += Math.log(articlesWithTerm.getOrDefault(t, 1));
      }
      double position = c.opensArticle() ? 1.5 : 1.0;
      central.add(
          new Candidate(
              c.article(),
              c.text(),
              c.terms(),
              c.sentenceIndex(),
              c.support(),
              position * (0.1 + shared) / Math.sqrt(c.terms().size() + 1.0)));
    }
    central.sort(BY_SCORE.reversed());
    List<Candidate> verified = new ArrayList<>();
    for (Candidate c : central.subList(0, Math.min(MAX_VERIFIED, central.size()))) {
      List<ArticleId> support = verifier.supporting(c.text());
      if (!support.contains(c.article())) {
        support = new ArrayList<>(support);
        support.add(0, c.article());
      }
      verified.add(
          new Candidate(
              c.article(),
              c.text(),
              c.terms(),
              c.sentenceIndex(),
              List.copyOf(support),
              c.score() * (1 + Math.log(support.size()))));
    }
    return verified;
  }

  private static boolean usable(AnalyzedArticle article, Sentence s) {
    int words = s.tokens().size();
    if (words < MIN_WORDS || words > MAX_WORDS || CUT_OFF.matcher(s.text()).find()) {
      return false;
    }
    boolean lastOfTruncated =
        article.article().truncated() && s.index() == article.sentences().size() - 1;
    long quotes = s.text().chars().filter(ch -> ch == '"').count();
    return !lastOfTruncated
        && quotes % 2 == 0
        && !s.text().endsWith("?")
        && !DEPENDENT_START.matcher(s.text()).find()
        && Character.isUpperCase(s.text().codePointAt(0));
  }
}
