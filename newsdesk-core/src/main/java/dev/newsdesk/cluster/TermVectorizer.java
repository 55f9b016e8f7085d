package dev.newsdesk.cluster;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.EntityMention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Term frequencies of an article: stemmed content words of its title (weighted up) and text, with
 * words of named entities weighted up as well. Not thread-safe (the stemmer keeps a buffer).
 */
final class TermVectorizer {
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as",
          "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could",
          "did", "do", "does", "during", "each", "few", "for", "from", "further", "had", "has",
          "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
          "into", "is", "it", "its", "just", "more", "most", "no", "nor", "not", "now", "of", "off",
          "on", "once", "only", "or", "other", "our", "out", "over", "own", "said", "same", "says",
          "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
          "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
          "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
          "why", "will", "with", "would", "you", "your", "s", "t", "mr", "ms", "new", "one", "two",
          "year", "years", "day", "days", "week", "according", "reported", "reports", "told");

  private final PorterStemmer stemmer = new PorterStemmer();

  Map<String, Double> frequencies(AnalyzedArticle article, ClusterConfig config) {
    Map<String, Double> tf = new HashMap<>();
    Set<String> nameWords = new HashSet<>();
    for (EntityMention entity : article.entities()) {
      for (String word : Shingles.words(entity.text())) {
        nameWords.add(stem(word));
      }
    }
    String title = article.article().title();
    if (title != null) {
      add(tf, title, config.titleWeight(), nameWords, config);
    }
    add(tf, article.text(), 1.0, nameWords, config);
    return tf;
  }

  private void add(Map<String, Double> tf, String text, double weight, Set<String> names, ClusterConfig config) {
    for (String word : Shingles.words(text)) {
      if (word.length() < 2 || STOPWORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      String term = stem(word);
      double w = names.contains(term) ? weight * config.nameWeight() : weight;
      tf.merge(term, w, Double::sum);
    }
  }

  private String stem(String word) {
    return stemmer.stem(word);
  }
}
