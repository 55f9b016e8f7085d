package dev.newsdesk.cluster;

import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Term frequencies of an article: stemmed content words of its title (weighted up) and paragraphs
 * (weighted down the further they are from the lead), with words of named entities weighted up. Not
 * thread-safe (the stemmer keeps a buffer).
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

  private final PorterStemmer stemmer = new PorterStemmer();

  Map<String, Double> frequencies(AnalyzedArticle article, ClusterConfig config) {
    Map<String, Double> tf = new HashMap<>();
    Map<String, Double> nameWords = new HashMap<>();
    for (EntityMention entity : article.entities()) {
      // Places are weak evidence of one event: many events happen in one town.
      double weight =
          entity.type() == EntityType.LOCATION ? config.placeWeight() : config.nameWeight();
      for (String word : Shingles.words(entity.text())) {
        nameWords.merge(stem(word), weight, Math::max);
      }
    }
    String title = article.article().title();
    if (title != null) {
      add(tf, title, config.titleWeight(), nameWords);
    }
    List<String> paragraphs = article.article().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      add(tf, paragraphs.get(i), leadWeight(i), nameWords);
    }
    return tf;
  }

  /**
   * The title and opening paragraphs say what the event is; later paragraphs add background (an
   * earlier event in the same town), which should not pull an article into that event's story.
   */
  private static double leadWeight(int paragraph) {
    return 1.0 / (1.0 + LATER_PARAGRAPH_DECAY * Math.max(0, paragraph - 1));
  }

  private void add(Map<String, Double> tf, String text, double weight, Map<String, Double> names) {
    for (String word : Shingles.words(text)) {
      if (word.length() < 2
          || STOPWORDS.contains(word)
          || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      String term = stem(word);
      double w = weight * names.getOrDefault(term, 1.0);
      tf.merge(term, w, Double::sum);
    }
  }

  private String stem(String word) {
    return stemmer.stem(word);
  }
}
