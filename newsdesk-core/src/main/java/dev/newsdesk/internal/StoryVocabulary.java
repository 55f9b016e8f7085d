package dev.newsdesk.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares sentences of one story. Words are stemmed, stop words dropped, and each word weighed by
 * its rarity among the story's sentences, so that the words every sentence of the story shares
 * ("Syria", "Russia") count for little and the words that tell one statement from another count for
 * much. Not thread-safe (the stemmer keeps a buffer).
 */
public final class StoryVocabulary {
  /**
   * Function words, and the words that say who vouches for a statement rather than what it states.
   *
   * <p>Design decision (hedges and question words are not content, 2026-12-02, eighth session):
   * "said", "reported" and "according" were never content, so the adverbs that do the same job
   * ("allegedly", "reportedly") are not either: "Russia is allegedly negotiating" states what
   * "Russia is negotiating" states, and weighed by its rarity the hedge had been one of the
   * sentence's heaviest words. Likewise "who" and "which" were stop words but the rest of their
   * class ("what", "how", "when") weighed as much as a name, so "what the seller called" made a
   * statement look unlike its paraphrases.
   */
  private static final Set<String> STOPWORDS =
      Set.of(
          "allegedly",
          "reportedly",
          "purportedly",
          "supposedly",
          "reputedly",
          "apparently",
          "what",
          "whom",
          "whose",
          "when",
          "where",
          "why",
          "how",
          "whether",
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

  private final SentenceTerms sentenceTerms;
  private final Map<String, Integer> documentFrequency = new HashMap<>();

  // A story repeats its words and the brief compares its sentences many times over: each sentence
  // is read once, and each weight taken once until the counts change (profiled: stemming and the
  // logarithm were most of claim grouping's time on large stories).
  private final Map<String, int[]> idsByText = new HashMap<>();
  private final Map<String, Double> weights = new HashMap<>();
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> termsById = new ArrayList<>();
  private double[] idWeights = new double[0];
  private int idWeightsAtSentences = -1;
  private int idWeightsKnown;
  private int sentences;

  /** A vocabulary that reads its sentences on its own. */
  public StoryVocabulary() {
    this(new SentenceTerms());
  }

  /** A vocabulary that shares what was read of each sentence with others of the same story. */
  public StoryVocabulary(SentenceTerms sentenceTerms) {
    this.sentenceTerms = sentenceTerms;
  }

  static boolean isStopword(String word) {
    return STOPWORDS.contains(word);
  }

  /** Counts the words of one more sentence of the story. */
  public Set<String> add(String sentence) {
    Set<String> words = terms(sentence);
    sentences++;
    weights.clear();
    for (String word : words) {
      documentFrequency.merge(word, 1, Integer::sum);
    }
    return words;
  }

  /** Stemmed content words of a text, without counting them; read-only. */
  public Set<String> terms(String text) {
    return sentenceTerms.of(text);
  }

  public double weight(String term) {
    Double known = weights.get(term);
    if (known != null) {
      return known;
    }
    int df = documentFrequency.getOrDefault(term, 0);
    double weight = Math.log((sentences + 1.0) / (df + 0.5));
    weights.put(term, weight);
    return weight;
  }

  /**
   * A text's terms as this vocabulary's term ids, sorted ascending: the form for comparing many
   * sentences with many, where hashing every word on every comparison was the cost (claim grouping
   * compares each sentence of a large story with each claim). The array is shared by every caller
   * asking for the same text: read it, never change it.
   */
  public int[] termIds(String text) {
    int[] known = idsByText.get(text);
    if (known != null) {
      return known;
    }
    Set<String> terms = terms(text);
    int[] ids = new int[terms.size()];
    int i = 0;
    for (String term : terms) {
      ids[i++] = idOf(term);
    }
    Arrays.sort(ids);
    idsByText.put(text, ids);
    return ids;
  }

  private int idOf(String term) {
    Integer id = termIds.get(term);
    if (id == null) {
      id = termsById.size();
      termIds.put(term, id);
      termsById.add(term);
    }
    return id;
  }

  /** The weight of a term id from {@link #termIds}, as {@link #weight(String)} gives it. */
  public double weight(int id) {
    if (idWeightsAtSentences != sentences) {
      // The counts changed: every weight is stale.
      idWeightsKnown = 0;
      idWeightsAtSentences = sentences;
    }
    if (id >= idWeightsKnown) {
      // New terms since the last call: weigh only those (the others are still right).
      if (idWeights.length < termsById.size()) {
        idWeights = Arrays.copyOf(idWeights, Math.max(termsById.size(), idWeights.length * 2));
      }
      for (int i = idWeightsKnown; i < termsById.size(); i++) {
        idWeights[i] = weight(termsById.get(i));
      }
      idWeightsKnown = termsById.size();
    }
    return idWeights[id];
  }

  /** {@link #similarity(Collection, Collection)} of two sorted id arrays. */
  public double similarity(int[] a, int[] b) {
    double shared = 0;
    double all = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        double w = weight(a[i]);
        shared += w;
        all += w;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        all += weight(a[i++]);
      } else {
        all += weight(b[j++]);
      }
    }
    while (i < a.length) {
      all += weight(a[i++]);
    }
    while (j < b.length) {
      all += weight(b[j++]);
    }
    return all <= 0 ? 0 : shared / all;
  }

  /** {@link #coverage(Collection, Collection)} of two sorted id arrays. */
  /**
   * The weight of the words two sorted term-id arrays share: with each side's {@link #weight(int[])
   * total} it gives {@link #similarity(int[], int[])} and both {@link #coverage(int[], int[])
   * coverages} from one pass (shared / (a + b - shared), shared / a, shared / b).
   */
  public double sharedWeight(int[] a, int[] b) {
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared += weight(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The summed weight of a text's term ids. */
  public double weight(int[] terms) {
    double total = 0;
    for (int id : terms) {
      total += weight(id);
    }
    return total;
  }

  public double coverage(int[] part, int[] whole) {
    double found = 0;
    double total = 0;
    int j = 0;
    for (int id : part) {
      double w = weight(id);
      total += w;
      while (j < whole.length && whole[j] < id) {
        j++;
      }
      if (j < whole.length && whole[j] == id) {
        found += w;
      }
    }
    return total <= 0 ? 0 : found / total;
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
