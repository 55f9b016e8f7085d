package dev.newsdesk.brief;

import dev.newsdesk.claims.Quantities;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.internal.TermIndex;
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
 * sentences carries at least {@link #MIN_COVERAGE} of the sentence's weighted content words, or at
 * least {@link #MIN_COVERAGE_SAME_COUNT} when that sentence states the same count of the same thing
 * ("at least 400 soldiers", "2.3 million users"), (2) that sentence gives no different count of the
 * same thing ("1,400 people" does not support "1,200 residents"), and (3) every number the sentence
 * states appears somewhere in the article. Words say it is the same statement; numbers must agree,
 * because a paraphrase that changes a figure is a different claim. Copies are left out: they
 * support what their original supports and add no weight. Not thread-safe (the vocabulary's
 * stemmer).
 */
final class CitationVerifier {
  static final double MIN_COVERAGE = 0.5;

  /**
   * The bar when the article's sentence states the same count of the same thing: an exact figure
   * agreeing is itself a sign of one statement, as it is when claims are grouped.
   */
  static final double MIN_COVERAGE_SAME_COUNT = 0.45;

  private static final Pattern THOUSANDS_COMMA = Pattern.compile(",(?=\\d{3}\\b)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private final StoryVocabulary vocabulary;

  // Every sentence of every article that is not a copy, by number, indexed by its words.
  private final TermIndex index;
  private final List<int[]> sentenceTerms = new ArrayList<>();
  private final List<List<Quantities.Quantity>> sentenceQuantities = new ArrayList<>();
  private final List<ArticleId> sentenceArticle = new ArrayList<>();
  private final Map<ArticleId, int[]> sentencesOf = new HashMap<>();
  private final Map<ArticleId, Set<String>> numbers = new HashMap<>();
  private final List<ArticleId> order = new ArrayList<>();

  /** The vocabulary must hold the story's sentences already: the index relies on fixed weights. */
  CitationVerifier(StoryVocabulary vocabulary, List<StoryMember> members) {
    this.vocabulary = vocabulary;
    this.index = new TermIndex(vocabulary::weight);
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      order.add(member.id());
      List<Sentence> said = member.article().sentences();
      int[] numbersOfSentences = new int[said.size()];
      for (int i = 0; i < said.size(); i++) {
        String text = said.get(i).text();
        int[] terms = vocabulary.termIds(text);
        numbersOfSentences[i] = index.add(terms);
        sentenceTerms.add(terms);
        sentenceQuantities.add(Quantities.find(text));
        sentenceArticle.add(member.id());
      }
      sentencesOf.put(member.id(), numbersOfSentences);
      numbers.put(member.id(), numbers(member.article().text()));
    }
  }

  /** Articles that support the sentence, in story order. */
  List<ArticleId> supporting(String sentence) {
    int[] terms = vocabulary.termIds(sentence);
    List<Quantities.Quantity> quantities = Quantities.find(sentence);
    Set<String> stated = numbers(sentence);
    Set<ArticleId> supported = new HashSet<>();
    double bar = quantities.isEmpty() ? MIN_COVERAGE : MIN_COVERAGE_SAME_COUNT;
    for (int n : index.candidates(terms, bar)) {
      ArticleId article = sentenceArticle.get(n);
      if (!supported.contains(article)
          && numbers.get(article).containsAll(stated)
          && says(n, terms, quantities)) {
        supported.add(article);
      }
    }
    List<ArticleId> result = new ArrayList<>();
    for (ArticleId id : order) {
      if (supported.contains(id)) {
        result.add(id);
      }
    }
    return result;
  }

  boolean supports(ArticleId article, String sentence) {
    int[] terms = vocabulary.termIds(sentence);
    List<Quantities.Quantity> quantities = Quantities.find(sentence);
    if (!numbers.getOrDefault(article, Set.of()).containsAll(numbers(sentence))) {
      return false;
    }
    for (int n : sentencesOf.getOrDefault(article, new int[0])) {
      if (says(n, terms, quantities)) {
        return true;
      }
    }
    return false;
  }

  /** Whether sentence number {@code n} carries the words of a sentence and no other count. */
  private boolean says(int n, int[] terms, List<Quantities.Quantity> quantities) {
    List<Quantities.Quantity> theirs = sentenceQuantities.get(n);
    if (Quantities.disagree(quantities, theirs)) {
      return false;
    }
    double coverage = vocabulary.coverage(terms, sentenceTerms.get(n));
    return coverage >= MIN_COVERAGE
        || (coverage >= MIN_COVERAGE_SAME_COUNT && shareCount(quantities, theirs));
  }

  /** Whether both state one count of one thing ("400 soldiers"), number and noun alike. */
  private static boolean shareCount(List<Quantities.Quantity> a, List<Quantities.Quantity> b) {
    for (Quantities.Quantity q : a) {
      if (b.contains(q)) {
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
      found.add(THOUSANDS_COMMA.matcher(m.group()).replaceAll(""));
    }
    return found;
  }
}
