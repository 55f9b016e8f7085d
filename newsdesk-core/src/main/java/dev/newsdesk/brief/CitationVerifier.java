package dev.newsdesk.brief;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which articles of a story support a sentence: an article supports it when one of its
 * sentences carries at least {@link #MIN_COVERAGE} of the sentence's weighted content words. Copies
 * are left out: they support what their original supports and add no weight.
 */
final class CitationVerifier {
  static final double MIN_COVERAGE = 0.5;

  private final StoryVocabulary vocabulary;
  private final Map<ArticleId, List<Set<String>>> sentenceTerms = new HashMap<>();
  private final List<ArticleId> order = new ArrayList<>();

  CitationVerifier(StoryVocabulary vocabulary, List<StoryMember> members) {
    this.vocabulary = vocabulary;
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      order.add(member.id());
      List<Set<String>> terms = new ArrayList<>();
      for (Sentence s : member.article().sentences()) {
        terms.add(vocabulary.terms(s.text()));
      }
      sentenceTerms.put(member.id(), terms);
    }
  }

  /** Articles that support the sentence, in story order. */
  List<ArticleId> supporting(Set<String> sentence) {
    List<ArticleId> result = new ArrayList<>();
    for (ArticleId id : order) {
      if (supports(id, sentence)) {
        result.add(id);
      }
    }
    return result;
  }

  boolean supports(ArticleId article, Set<String> sentence) {
    for (Set<String> theirs : sentenceTerms.getOrDefault(article, List.of())) {
      if (vocabulary.coverage(sentence, theirs) >= MIN_COVERAGE) {
        return true;
      }
    }
    return false;
  }
}
