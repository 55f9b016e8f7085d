package dev.newsdesk.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Compares sentences of one story. Words are stemmed, stop words dropped, and each word weighed by
 * its rarity among the story's sentences, so that the words every sentence of the story shares
 * ("Syria", "Russia") count for little and the words that tell one statement from another count for
 * much. Not thread-safe (the stemmer keeps a buffer).
 */
public final class StoryVocabulary {
  private static final Set<String> STOPWORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "to",
          "in",
          "and",
          "on",
          "for",
          "its",
          "his",
          "her",
          "their",
          "that",
          "is",
          "was",
          "has",
          "have",
          "had",
          "be",
          "been",
          "by",
          "with",
          "at",
          "from",
          "as",
          "it",
          "s",
          "this",
          "which",
          "who",
          "will",
          "would",
          "or",
          "but",
          "are",
          "were",
          "also",
          "said",
          "says",
          "reported",
          "according",
          "after",
          "before",
          "into",
          "than",
          "about");

  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private int sentences;

  /** Counts the words of one more sentence of the story. */
  public Set<String> add(String sentence) {
    Set<String> words = terms(sentence);
    sentences++;
    for (String word : words) {
      documentFrequency.merge(word, 1, Integer::sum);
    }
    return words;
  }

  /** Stemmed content words of a text, without counting them. */
  public Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    List<String> words = Shingles.words(text);
    for (String word : words) {
      if (!STOPWORDS.contains(word) && word.length() > 1) {
        terms.add(stemmer.stem(word));
      }
    }
    return terms;
  }

  public double weight(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((sentences + 1.0) / (df + 0.5));
  }

  /** Weighted Jaccard: the weight of shared words over the weight of all words of either. */
  public double similarity(Collection<String> a, Collection<String> b) {
    double shared = 0;
    double all = 0;
    for (String term : a) {
      double w = weight(term);
      all += w;
      if (b.contains(term)) {
        shared += w;
      }
    }
    for (String term : b) {
      if (!a.contains(term)) {
        all += weight(term);
      }
    }
    return all <= 0 ? 0 : shared / all;
  }

  /** Weighted share of {@code part}'s words found in {@code whole}: does whole support part. */
  public double coverage(Collection<String> part, Collection<String> whole) {
    double found = 0;
    double total = 0;
    for (String term : part) {
      double w = weight(term);
      total += w;
      if (whole.contains(term)) {
        found += w;
      }
    }
    return total <= 0 ? 0 : found / total;
  }
}
