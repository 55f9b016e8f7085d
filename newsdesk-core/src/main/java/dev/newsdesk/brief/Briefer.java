package dev.newsdesk.brief;

import dev.newsdesk.analyze.EntityMerger;
import dev.newsdesk.claims.ClaimGrouper;
import dev.newsdesk.claims.DiscrepancyFinder;
import dev.newsdesk.internal.SentenceTerms;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.Evidence;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the brief of one story.
 *
 * <p>Sentences are scored by centrality (how many of the story's articles use their words) times
 * support (how many articles carry the statement). The lead is the best sentence that opens an
 * article; points follow by maximal marginal relevance, so each adds what the lead and earlier
 * points do not say. Copies are listed but never chosen from, so a copy never makes a story look
 * better sourced. Deterministic; not thread-safe.
 */
public final class Briefer {
  private static final double MMR_LAMBDA = 0.7;

  /**
   * A sentence whose weighted words are this much said already (overlap or coverage) adds nothing.
   */
  private static final double REDUNDANT = 0.45;

  private static final int MAX_POINTS = 6;

  private final ClaimGrouper claims = new ClaimGrouper();
  private final DiscrepancyFinder discrepancies = new DiscrepancyFinder();
  private final EntityMerger entities = new EntityMerger();
  private final TimelineBuilder timeline;

  /** Word stems shared by every brief this writer makes (a stem depends on its word alone). */
  private final SentenceTerms.Stems stems = new SentenceTerms.Stems();

  public Briefer(TimelineBuilder timeline) {
    this.timeline = timeline;
  }

  public Brief write(StoryId id, List<StoryMember> members) {
    SentenceTerms read = new SentenceTerms(stems);
    StoryVocabulary vocabulary = new StoryVocabulary(read);
    members.stream()
        .filter(m -> !m.isCopy())
        .forEach(m -> m.article().sentences().forEach(s -> vocabulary.add(s.text())));
    CitationVerifier verifier = new CitationVerifier(vocabulary, members);
    List<Candidate> candidates = Candidate.all(members, vocabulary, verifier);
    Candidate lead =
        candidates.stream()
            .filter(Candidate::opensArticle)
            .max(Candidate.BY_SCORE)
            .orElseGet(() -> candidates.stream().max(Candidate.BY_SCORE).orElse(null));
    BriefPoint leadPoint = lead != null ? lead.toPoint() : fallbackLead(members);
    // Claims and discrepancies weigh words over every member, copies too; they share one count.
    StoryVocabulary wholeStory = new StoryVocabulary(read);
    members.forEach(m -> m.article().sentences().forEach(s -> wholeStory.add(s.text())));
    List<Claim> grouped = claims.group(members, wholeStory);
    List<BriefPoint> points =
        selectPoints(candidates, lead, vocabulary, claimsOf(candidates, members, grouped));
    List<EntityMention> mentions = new ArrayList<>();
    members.forEach(m -> mentions.addAll(m.article().entities()));
    return new Brief(
        id,
        Headlines.choose(members, vocabulary, leadPoint.text()),
        leadPoint,
        members,
        points,
        entities.merge(mentions),
        grouped,
        timeline.build(members),
        discrepancies.find(members, wholeStory));
  }

  /**
   * Maximal marginal relevance: each round takes the candidate whose score, less its overlap with
   * what the lead and earlier points already say, is highest. A candidate's overlap is the most it
   * shares with any sentence chosen so far, so only the newest choice needs comparing each round. A
   * candidate that carries a claim already said is redundant whatever its words: claim grouping
   * joined it as the same statement ("Moscow has asked Ankara" after "Russia has asked Turkey").
   */
  private static List<BriefPoint> selectPoints(
      List<Candidate> candidates,
      Candidate lead,
      StoryVocabulary vocabulary,
      Map<Candidate, Set<Integer>> claimsOf) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.remove(lead);
    double top = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
    Map<Candidate, Double> overlap = new HashMap<>();
    Set<Integer> claimsSaid = new HashSet<>(claimsOf.getOrDefault(lead, Set.of()));
    List<Candidate> points = new ArrayList<>();
    Candidate newest = lead;
    while (points.size() < MAX_POINTS && !pool.isEmpty()) {
      Candidate best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Candidate c : pool) {
        if (!Collections.disjoint(claimsOf.getOrDefault(c, Set.of()), claimsSaid)) {
          continue;
        }
        if (newest != null) {
          overlap.merge(c, overlap(c, newest, vocabulary), Math::max);
        }
        double said = overlap.getOrDefault(c, 0.0);
        double value = MMR_LAMBDA * c.score() / top - (1 - MMR_LAMBDA) * said;
        if (said < REDUNDANT && value > bestValue) {
          best = c;
          bestValue = value;
        }
      }
      if (best == null) {
        break;
      }
      points.add(best);
      pool.remove(best);
      claimsSaid.addAll(claimsOf.getOrDefault(best, Set.of()));
      newest = best;
    }
    return points.stream().map(Candidate::toPoint).toList();
  }

  /** The claims (by index) whose evidence lies in each candidate's sentence. */
  private static Map<Candidate, Set<Integer>> claimsOf(
      List<Candidate> candidates, List<StoryMember> members, List<Claim> claims) {
    Map<ArticleId, List<Sentence>> sentences = new HashMap<>();
    members.forEach(m -> sentences.put(m.id(), m.article().sentences()));
    Map<ArticleId, List<Map.Entry<Span, Integer>>> evidence = new HashMap<>();
    for (int k = 0; k < claims.size(); k++) {
      for (Evidence e : claims.get(k).evidence()) {
        evidence.computeIfAbsent(e.articleId(), a -> new ArrayList<>()).add(Map.entry(e.span(), k));
      }
    }
    Map<Candidate, Set<Integer>> found = new HashMap<>();
    for (Candidate c : candidates) {
      Span sentence = sentences.get(c.article()).get(c.sentenceIndex()).span();
      for (Map.Entry<Span, Integer> e : evidence.getOrDefault(c.article(), List.of())) {
        if (e.getKey().start() < sentence.end() && sentence.start() < e.getKey().end()) {
          found.computeIfAbsent(c, x -> new HashSet<>()).add(e.getValue());
        }
      }
    }
    return found;
  }

  /**
   * How much of a candidate another sentence already says: overlap or coverage, whichever is more.
   */
  private static double overlap(Candidate c, Candidate other, StoryVocabulary vocabulary) {
    return Math.max(
        vocabulary.similarity(c.terms(), other.terms()),
        vocabulary.coverage(c.terms(), other.terms()));
  }

  private static BriefPoint fallbackLead(List<StoryMember> members) {
    StoryMember first = members.get(0);
    String text =
        first.article().article().title() != null
            ? first.article().article().title()
            : first.article().text();
    return new BriefPoint(text, List.of(first.id()));
  }
}
