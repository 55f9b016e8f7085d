package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts tagged parts back together into attributions: every cue with the contents nearest to it and
 * the nearest source in its sentence. Stateless.
 *
 * <p>Design decision: a content goes to the nearest cue in its own or an adjacent sentence (a quote
 * may run on before "he said."), ties to the cue before it; a cue's contents become one span, their
 * hull ("“X,” he said, “Y”" is one content around its cue, as PolNeAR annotates it). A source goes
 * to every cue of its sentence it is nearest to with no other cue between them: one source may
 * speak twice ("X said A and added B"), as annotators mark it. A cue left without content is
 * dropped: an attribution says what was said.
 *
 * <p>Design decision: a tagged cue that overlaps a cue of the rules keeps its own span (the tagger
 * learned where annotators draw it: "said Friday", "'ve suggested") and is completed from both: the
 * tagger's source where it tagged one in the sentence, the rules' otherwise; the rules' content
 * where it overlaps the tagger's (the rules follow quotes and clauses to their ends, so their
 * boundaries are exact more often), the tagger's where the two disagree on where the content is. On
 * PolNeAR dev with the CRF tagger (on BIO labels) this gives 0.734 / 0.701 / 0.538 / 0.854 (source,
 * cue, content exact F1; content overlap F1); the rules' source and content throughout gave 0.710 /
 * 0.701 / 0.530 / 0.843, the tagger's throughout 0.723 / 0.686 / 0.498 / 0.866, and the rules'
 * source wherever it overlaps the tagger's 0.714 for source. (With the Markov model before the CRF
 * the rules' parts were the better ones: 1,044 exact sources against 998.) Keeping also the rule
 * attributions the tagger did not tag lowered every exact F1.
 */
final class AttributionAssembly {
  private AttributionAssembly() {}

  static List<Attribution> assemble(
      AttributionSequence sequence,
      List<AttributionLabels.Part> parts,
      List<Attribution> ruled,
      List<EntityMention> names) {
    List<AttributionLabels.Part> cues = of(parts, AttributionLabels.CUE);
    if (cues.isEmpty()) {
      return List.of();
    }
    List<AttributionLabels.Part> sources = of(parts, AttributionLabels.SOURCE);
    int[] from = new int[cues.size()];
    int[] to = new int[cues.size()];
    java.util.Arrays.fill(from, -1);
    for (AttributionLabels.Part content : of(parts, AttributionLabels.CONTENT)) {
      int best = nearestCue(sequence, cues, content);
      if (best >= 0) {
        from[best] = from[best] < 0 ? content.from() : Math.min(from[best], content.from());
        to[best] = Math.max(to[best], content.to());
      }
    }
    List<AttributionRules.Match> matches = new ArrayList<>();
    List<Integer> sentenceIndexes = new ArrayList<>();
    for (int j = 0; j < cues.size(); j++) {
      AttributionLabels.Part cue = cues.get(j);
      Span cueSpan = sequence.span(cue.from(), cue.to());
      Span taggedContent = from[j] < 0 ? null : sequence.span(from[j], to[j]);
      Attribution rule = ruleFor(cueSpan, ruled);
      if (rule == null && taggedContent == null) {
        continue;
      }
      AttributionLabels.Part sourcePart = nearestSource(sequence, sources, cues, j);
      Span taggedSource =
          sourcePart == null ? null : sequence.span(sourcePart.from(), sourcePart.to());
      if (rule == null) {
        matches.add(
            new AttributionRules.Match(
                taggedSource, cueSpan, taggedContent, taggedContent.end() <= cueSpan.start()));
        sentenceIndexes.add(sequence.sentenceOf[cue.from()]);
        continue;
      }
      // The tagger's source where it tagged one, the rules' otherwise; the rules' content where it
      // overlaps the tagger's (its boundaries are more often exact), the tagger's where they
      // disagree.
      Span content =
          taggedContent != null && !rule.content().overlaps(taggedContent)
              ? taggedContent
              : rule.content();
      matches.add(
          new AttributionRules.Match(
              taggedSource == null ? rule.source() : taggedSource,
              cueSpan,
              content,
              content.end() <= cueSpan.start()));
      sentenceIndexes.add(rule.sentenceIndex());
    }
    return AttributionFinder.fromMatches(sequence.text, matches, sentenceIndexes, names);
  }

  /** The rules' attribution whose cue overlaps this tagged cue, or null. */
  private static Attribution ruleFor(Span cue, List<Attribution> ruled) {
    for (Attribution a : ruled) {
      if (a.cue().overlaps(cue)) {
        return a;
      }
    }
    return null;
  }

  private static int nearestCue(
      AttributionSequence sequence, List<AttributionLabels.Part> cues, AttributionLabels.Part k) {
    int first = sequence.sentenceOf[k.from()] - 1;
    int last = sequence.sentenceOf[k.to() - 1] + 1;
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < cues.size(); j++) {
      AttributionLabels.Part c = cues.get(j);
      int sentence = sequence.sentenceOf[c.from()];
      if (sentence < first || sentence > last) {
        continue;
      }
      int d = distance(c, k);
      if (d < bestDistance) {
        best = j;
        bestDistance = d;
      }
    }
    return best;
  }

  private static AttributionLabels.Part nearestSource(
      AttributionSequence sequence,
      List<AttributionLabels.Part> sources,
      List<AttributionLabels.Part> cues,
      int j) {
    AttributionLabels.Part cue = cues.get(j);
    int sentence = sequence.sentenceOf[cue.from()];
    AttributionLabels.Part best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (AttributionLabels.Part s : sources) {
      if (sequence.sentenceOf[s.from()] != sentence) {
        continue;
      }
      int d = distance(cue, s);
      if (d < bestDistance && !cueBetween(cues, j, s)) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  }

  private static boolean cueBetween(
      List<AttributionLabels.Part> cues, int j, AttributionLabels.Part s) {
    AttributionLabels.Part cue = cues.get(j);
    int lo = Math.min(cue.to(), s.to());
    int hi = Math.max(cue.from(), s.from());
    for (int i = 0; i < cues.size(); i++) {
      AttributionLabels.Part other = cues.get(i);
      if (i != j && other.from() >= lo && other.to() <= hi) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between two parts; 0 when they touch or overlap. */
  private static int distance(AttributionLabels.Part a, AttributionLabels.Part b) {
    if (a.to() <= b.from()) {
      return b.from() - a.to();
    }
    if (b.to() <= a.from()) {
      return a.from() - b.to();
    }
    return 0;
  }

  private static List<AttributionLabels.Part> of(List<AttributionLabels.Part> parts, String kind) {
    return parts.stream().filter(p -> p.kind().equals(kind)).toList();
  }
}
