package dev.newsdesk.cluster;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Term frequencies of an article: stemmed content words of its title (weighted up) and paragraphs
 * (weighted down the further they are from the lead), with words of named entities weighted up.
 * Terms are interned to dense ids, so the assigner's index and document frequencies are arrays. Not
 * thread-safe (the stemmer keeps a buffer, the vocabulary grows).
 *
 * <p>Design decision: a folded word is stemmed once and its term id cached ({@link #MAX_CACHED}
 * words at most, then the cache starts over); stemming every occurrence was the largest cost of
 * assignment on snippet streams.
 */
final class TermVectorizer {
  private static final Set<String> STOPWORDS =
      Set.of(
          "a",
          "about",
          "after",
          "again",
          "against",
          "all",
          "also",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "been",
          "before",
          "being",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "him",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "just",
          "more",
          "most",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "out",
          "over",
          "own",
          "said",
          "same",
          "says",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "s",
          "t",
          "mr",
          "ms",
          "new",
          "one",
          "two",
          "year",
          "years",
          "day",
          "days",
          "week",
          "according",
          "reported",
          "reports",
          "told");

  private static final double LATER_PARAGRAPH_DECAY = 0.5;
  private static final int MAX_CACHED = 1 << 20;
  private static final int NOT_A_TERM = -1;

  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, Integer> termOfWord = new HashMap<>();
  private final Map<String, Integer> idOfStem = new HashMap<>();
  // Reused by every vector (term frequencies, and the weights of words in names).
  private final TermWeights tf = new TermWeights();
  private final TermWeights nameWords = new TermWeights();

  /** How many distinct terms have been seen: term ids are below this. */
  int vocabularySize() {
    return idOfStem.size();
  }

  TermVector vector(AnalyzedArticle article, ClusterConfig config) {
    TermWeights nameWords = this.nameWords;
    nameWords.clear();
    for (EntityMention entity : article.entities()) {
      // Places are weak evidence of one event: many events happen in one town.
      double weight =
          entity.type() == EntityType.LOCATION ? config.placeWeight() : config.nameWeight();
      for (String word : Shingles.words(entity.text())) {
        int term = term(word);
        if (term != NOT_A_TERM) {
          nameWords.max(term, weight);
        }
      }
    }
    TermWeights tf = this.tf;
    tf.clear();
    int words = 0;
    String title = article.article().title();
    if (title != null) {
      words += add(tf, title, config.titleWeight(), nameWords);
    }
    List<String> paragraphs = article.article().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      words += add(tf, paragraphs.get(i), leadWeight(i), nameWords);
    }
    return TermVector.of(tf, words);
  }

  /**
   * The title and opening paragraphs say what the event is; later paragraphs add background (an
   * earlier event in the same town), which should not pull an article into that event's story.
   */
  private static double leadWeight(int paragraph) {
    return 1.0 / (1.0 + LATER_PARAGRAPH_DECAY * Math.max(0, paragraph - 1));
  }

  /** Adds the text's terms; returns how many content words it had. */
  private int add(TermWeights tf, String text, double weight, TermWeights names) {
    int count = 0;
    for (String word : Shingles.words(text)) {
      int term = term(word);
      if (term != NOT_A_TERM) {
        count++;
        tf.add(term, weight * names.getOrDefault(term, 1.0));
      }
    }
    return count;
  }

  private int term(String word) {
    Integer cached = termOfWord.get(word);
    if (cached != null) {
      return cached;
    }
    int term = NOT_A_TERM;
    if (word.length() >= 2 && !STOPWORDS.contains(word) && !allDigits(word)) {
      term = idOfStem.computeIfAbsent(stemmer.stem(word), s -> idOfStem.size());
    }
    if (termOfWord.size() >= MAX_CACHED) {
      termOfWord.clear();
    }
    termOfWord.put(word, term);
    return term;
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An article's terms, ascending ids, with their sublinear frequencies ({@code 1 + ln tf} from one
   * occurrence up; a down-weighted single occurrence keeps its weight).
   *
   * @param words content words counted, to tell a snippet from a full article
   */
  record TermVector(int[] terms, double[] weights, int words) {
    static TermVector of(TermWeights tf, int words) {
      int[] terms = tf.sortedTerms();
      double[] weights = new double[terms.length];
      for (int i = 0; i < terms.length; i++) {
        double f = tf.getOrDefault(terms[i], 0);
        weights[i] = f >= 1 ? 1 + Math.log(f) : f;
      }
      return new TermVector(terms, weights, words);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TermVector v
          && Arrays.equals(terms, v.terms)
          && Arrays.equals(weights, v.weights)
          && words == v.words;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return "TermVector" + Arrays.toString(terms);
    }
  }
}
