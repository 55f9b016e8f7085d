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
  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, String> stems = new HashMap<>();
  private final Map<String, Set<String>> byText = new HashMap<>();

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
        terms.add(stems.computeIfAbsent(word, stemmer::stem));
      }
    }
    return terms;
  }
}
