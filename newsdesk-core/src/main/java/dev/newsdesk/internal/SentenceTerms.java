package dev.newsdesk.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The stemmed content words of each sentence of a story, worked out once and shared by every
 * vocabulary of one brief (the brief, its claims and its discrepancies each weigh words their own
 * way, but read the same sentences; profiled, reading them again was a quarter of the brief's
 * time). Not thread-safe (the stemmer keeps a buffer).
 */
public final class SentenceTerms {
  /**
   * Words stemmed, at most this many remembered by a {@link Stems} (then it starts over): a few MB
   * of short strings, more than the vocabulary of a long stream of news in one language.
   */
  private static final int MAX_STEMS = 1 << 18;

  private final Stems stems;
  private final Map<String, Set<String>> byText = new HashMap<>();

  /**
   * Stemmed words, remembered across the stories one writer briefs. A word's stem depends on the
   * word alone, so a remembered stem is the stem the stemmer gives; most words of a story were in
   * the stories briefed before it (profiled: stemming each brief's words afresh was a tenth of the
   * brief). Not thread-safe (the stemmer keeps a buffer).
   */
  public static final class Stems {
    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> known = new HashMap<>();

    String of(String word) {
      String stem = known.get(word);
      if (stem == null) {
        stem = stemmer.stem(word);
        if (known.size() >= MAX_STEMS) {
          known.clear();
        }
        known.put(word, stem);
      }
      return stem;
    }
  }

  /** Terms read with a stemmer of their own. */
  public SentenceTerms() {
    this(new Stems());
  }

  /** Terms read with stems shared with other readers of the same thread. */
  public SentenceTerms(Stems stems) {
    this.stems = stems;
  }

  /** Stemmed content words of a text, read-only; the same set each time for the same text. */
  public Set<String> of(String text) {
    Set<String> known = byText.get(text);
    if (known == null) {
      known = Collections.unmodifiableSet(read(text));
      byText.put(text, known);
    }
    return known;
  }

  private Set<String> read(String text) {
    Set<String> terms = new HashSet<>();
    List<String> words = Shingles.words(text);
    for (String word : words) {
      if (!StoryVocabulary.isStopword(word) && word.length() > 1) {
        terms.add(stems.of(word));
      }
    }
    return terms;
  }
}
