package dev.newsdesk.cluster;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.util.HashMap;
import java.util.Map;

/**
 * The optional dense term of a story's score: {@code denseWeight × (cos(article vector, story
 * centroid vector) − denseNeutral)}, added to the TF-IDF score. Each story keeps the sum of its
 * members' unit vectors (the cosine needs only its direction).
 *
 * <p>Design decision: the dense cosine re-scores the candidates that the TF-IDF index found; it
 * does not find candidates of its own (that would need a vector index over every active story).
 * Above {@code denseNeutral} it raises a score, below it lowers one, so it can both join a
 * paraphrase that shares few words and keep apart two articles that share only background words.
 *
 * <p>Design decision: an article is embedded by its title and its first {@link #LEAD_WORDS} words.
 * The model was trained on passages of up to 128 word pieces; a whole article would be split into
 * windows whose average says less and costs many times more, and a news report says what happened
 * first.
 *
 * <p>Stateful and not thread-safe, like the assigner that owns it.
 */
final class DenseScore {
  static final int LEAD_WORDS = 100;

  private final TextEmbedder embedder;
  private final double weight;
  private final double neutral;
  private final int maxWords;
  private final Map<StoryId, float[]> sums = new HashMap<>();

  DenseScore(TextEmbedder embedder, ClusterConfig config) {
    this.embedder = embedder;
    this.weight = config.denseWeight();
    this.neutral = config.denseNeutral();
    this.maxWords = config.denseMaxWords();
  }

  /** True when there is an embedder and a positive weight: otherwise nothing is embedded. */
  boolean on() {
    return embedder != null && weight > 0;
  }

  /**
   * The article's unit vector, or null when the dense term is off or the article has {@code
   * denseMaxWords} content words or more (then it is scored, and its story's vector kept, without
   * it).
   */
  float[] vector(AnalyzedArticle article, int contentWords) {
    if (!on() || contentWords >= maxWords) {
      return null;
    }
    String lead = lead(article);
    if (lead.isEmpty()) {
      return null; // nothing to embed: the story is scored by its words alone
    }
    float[] v = embedder.embed(lead);
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float[] unit = new float[v.length];
    double length = Math.max(Math.sqrt(norm), 1e-12);
    for (int i = 0; i < v.length; i++) {
      unit[i] = (float) (v[i] / length);
    }
    return unit;
  }

  /** What the dense term adds to the story's score (0 when off or the story has no vector). */
  double term(StoryId story, float[] vector) {
    float[] sum = vector == null ? null : sums.get(story);
    if (sum == null) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < sum.length; i++) {
      dot += (double) sum[i] * vector[i];
      norm += (double) sum[i] * sum[i];
    }
    return weight * (dot / Math.max(Math.sqrt(norm), 1e-12) - neutral);
  }

  /** Adds a member's vector to its story's centroid. */
  void add(StoryId story, float[] vector) {
    if (vector == null) {
      return;
    }
    float[] sum = sums.computeIfAbsent(story, s -> new float[vector.length]);
    if (sum.length != vector.length) {
      throw new IllegalStateException(
          "the embedder gave a vector of " + vector.length + " dimensions, earlier " + sum.length);
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] += vector[i];
    }
  }

  /** Drops a retired story's vector. */
  void forget(StoryId story) {
    sums.remove(story);
  }

  /** The title, then the text's first {@link #LEAD_WORDS} words. */
  static String lead(AnalyzedArticle article) {
    StringBuilder out = new StringBuilder();
    String title = article.article().title();
    if (title != null && !title.isBlank()) {
      out.append(title.strip()).append(". ");
    }
    int words = 0;
    int i = 0;
    String text = article.text();
    while (i < text.length() && words < LEAD_WORDS) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.append(text, start, i).append(' ');
        words++;
      }
    }
    return out.toString().strip();
  }
}
