package dev.newsdesk.brief;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A sentence that may go into a brief, with its score and the articles that support it. */
record Candidate(
    ArticleId article,
    String text,
    int[] terms,
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
    // How many articles use each word (by the vocabulary's term id): the centrality of a sentence.
    int[] articlesWithTerm = new int[0];
    List<Candidate> unverified = new ArrayList<>();
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      BitSet inArticle = new BitSet();
      AnalyzedArticle article = member.article();
      for (Sentence s : article.sentences()) {
        int[] terms = vocabulary.termIds(s.text());
        for (int t : terms) {
          inArticle.set(t);
        }
        if (usable(article, s)) {
          unverified.add(
              new Candidate(member.id(), s.text(), terms, s.index(), List.of(member.id()), 0));
        }
      }
      if (articlesWithTerm.length < inArticle.length()) {
        articlesWithTerm = Arrays.copyOf(articlesWithTerm, inArticle.length());
      }
      for (int t = inArticle.nextSetBit(0); t >= 0; t = inArticle.nextSetBit(t + 1)) {
        articlesWithTerm[t]++;
      }
    }
    List<Candidate> central = new ArrayList<>();
    for (Candidate c : unverified) {
      double shared = 0;
      for (int t : c.terms()) {
        shared += Math.log(Math.max(1, articlesWithTerm[t]));
      }
      double position = c.opensArticle() ? 1.5 : 1.0;
      central.add(
          new Candidate(
              c.article(),
              c.text(),
              c.terms(),
              c.sentenceIndex(),
              c.support(),
              position * (0.1 + shared) / Math.sqrt(c.terms().length + 1.0)));
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
