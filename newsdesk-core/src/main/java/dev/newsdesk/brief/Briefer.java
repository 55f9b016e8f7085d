package dev.newsdesk.brief;

import dev.newsdesk.analyze.EntityMerger;
import dev.newsdesk.claims.ClaimGrouper;
import dev.newsdesk.claims.DiscrepancyFinder;
import dev.newsdesk.internal.SentenceTerms;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<BriefPoint> points = selectPoints(candidates, lead, vocabulary);
    // Claims and discrepancies weigh words over every member, copies too; they share one count.
    StoryVocabulary wholeStory = new StoryVocabulary(read);
    members.forEach(m -> m.article().sentences().forEach(s -> wholeStory.add(s.text())));
    List<EntityMention> mentions = new ArrayList<>();
    members.forEach(m -> mentions.addAll(m.article().entities()));
    return new Brief(
        id,
        Headlines.choose(members, vocabulary, leadPoint.text()),
        leadPoint,
        members,
        points,
        entities.merge(mentions),
        claims.group(members, wholeStory),
        timeline.build(members),
        discrepancies.find(members, wholeStory));
  }

  /**
   * Maximal marginal relevance: each round takes the candidate whose score, less its overlap with
   * what the lead and earlier points already say, is highest. A candidate's overlap is the most it
   * shares with any sentence chosen so far, so only the newest choice needs comparing each round.
   */
  private static List<BriefPoint> selectPoints(
      List<Candidate> candidates, Candidate lead, StoryVocabulary vocabulary) {
    List<Candidate> pool = new ArrayList<>(candidates);
    pool.remove(lead);
    double top = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
    Map<Candidate, Double> overlap = new HashMap<>();
    List<Candidate> points = new ArrayList<>();
    Candidate newest = lead;
    while (points.size() < MAX_POINTS && !pool.isEmpty()) {
      Candidate best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Candidate c : pool) {
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
      newest = best;
    }
    return points.stream().map(Candidate::toPoint).toList();
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
