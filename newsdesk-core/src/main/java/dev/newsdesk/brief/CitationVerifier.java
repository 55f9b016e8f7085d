package dev.newsdesk.brief;

import dev.newsdesk.claims.Quantities;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which articles of a story support a sentence of the brief.
 *
 * <p>Design decision (the verifier's rule): an article supports a sentence when (1) one of its
 * sentences carries at least {@link #MIN_COVERAGE} of the sentence's weighted content words, (2)
 * that sentence gives no different count of the same thing ("1,400 people" does not support "1,200
 * residents"), and (3) every number the sentence states appears somewhere in the article. Words say
 * it is the same statement; numbers must agree, because a paraphrase that changes a figure is a
 * different claim. Copies are left out: they support what their original supports and add no
 * weight. Not thread-safe (the vocabulary's stemmer).
 */
final class CitationVerifier {
  static final double MIN_COVERAGE = 0.5;

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private record Said(Set<String> terms, List<Quantities.Quantity> quantities) {}

  private final StoryVocabulary vocabulary;
  private final Map<ArticleId, List<Said>> sentences = new HashMap<>();
  private final Map<ArticleId, Set<String>> numbers = new HashMap<>();
  private final List<ArticleId> order = new ArrayList<>();

  CitationVerifier(StoryVocabulary vocabulary, List<StoryMember> members) {
    this.vocabulary = vocabulary;
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      order.add(member.id());
      List<Said> said = new ArrayList<>();
      for (Sentence s : member.article().sentences()) {
        said.add(new Said(vocabulary.terms(s.text()), Quantities.find(s.text())));
      }
      sentences.put(member.id(), said);
      numbers.put(member.id(), numbers(member.article().text()));
    }
  }

  /** Articles that support the sentence, in story order. */
  List<ArticleId> supporting(String sentence) {
    Set<String> terms = vocabulary.terms(sentence);
    List<Quantities.Quantity> quantities = Quantities.find(sentence);
    Set<String> stated = numbers(sentence);
    List<ArticleId> result = new ArrayList<>();
    for (ArticleId id : order) {
      if (supports(id, terms, quantities, stated)) {
        result.add(id);
      }
    }
    return result;
  }

  boolean supports(ArticleId article, String sentence) {
    return supports(
        article, vocabulary.terms(sentence), Quantities.find(sentence), numbers(sentence));
  }

  private boolean supports(
      ArticleId article,
      Set<String> terms,
      List<Quantities.Quantity> quantities,
      Set<String> stated) {
    if (!numbers.getOrDefault(article, Set.of()).containsAll(stated)) {
      return false;
    }
    for (Said theirs : sentences.getOrDefault(article, List.of())) {
      if (vocabulary.coverage(terms, theirs.terms()) >= MIN_COVERAGE
          && !Quantities.disagree(quantities, theirs.quantities())) {
        return true;
      }
    }
    return false;
  }

  /** The numbers a text states, written without thousands separators: "1,200" is "1200". */
  static Set<String> numbers(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(m.group().replaceAll(",(?=\\d{3}\\b)", ""));
    }
    return found;
  }
}
