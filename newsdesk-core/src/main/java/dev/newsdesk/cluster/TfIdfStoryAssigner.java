package dev.newsdesk.cluster;

import dev.newsdesk.internal.Hashing;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-pass clustering on TF-IDF vectors: an article joins the story whose centroid is most
 * similar (cosine, damped by distance in time) if that similarity reaches the threshold, else it
 * starts a story. Document frequencies grow with the stream, so a term's weight is its rarity among
 * the articles seen so far.
 *
 * <p>Candidate stories come from an inverted index over the centroids' strongest terms; terms in
 * too many stories are skipped as lookup keys (they add little to any score). Stories quiet for
 * {@link ClusterConfig#activeDays()} leave the index.
 */
public final class TfIdfStoryAssigner implements StoryAssigner {
  private final ClusterConfig config;
  private final TermVectorizer vectorizer = new TermVectorizer();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, Set<Integer>> postings = new HashMap<>();
  private final List<Story> stories = new ArrayList<>();
  private final Map<ArticleId, Integer> storyOfArticle = new HashMap<>();
  private int documents;
  private LocalDate streamDate;

  private static final class Story {
    final StoryId id;
    final Map<String, Double> centroid = new HashMap<>();
    double squaredNorm;
    LocalDate lastDate;
    boolean active = true;

    Story(StoryId id) {
      this.id = id;
    }
  }

  public TfIdfStoryAssigner(ClusterConfig config) {
    this.config = config;
  }

  @Override
  public StoryId assign(AnalyzedArticle article, ArticleId copyOf) {
    LocalDate date = article.article().published();
    if (date != null && (streamDate == null || date.isAfter(streamDate))) {
      streamDate = date;
      retireQuietStories();
    }
    Integer copied = copyOf == null ? null : storyOfArticle.get(copyOf);
    if (copied != null) {
      storyOfArticle.put(article.id(), copied);
      return stories.get(copied).id;
    }
    Map<String, Double> vector = weigh(vectorizer.frequencies(article, config));
    int best = bestStory(vector, date);
    if (best < 0) {
      best = stories.size();
      stories.add(new Story(new StoryId(Hashing.shortId("s-", article.id().value()))));
    }
    addToStory(stories.get(best), best, vector, date);
    storyOfArticle.put(article.id(), best);
    return stories.get(best).id;
  }

  /** Updates document frequencies, then returns the unit-length TF-IDF vector. */
  private Map<String, Double> weigh(Map<String, Double> tf) {
    documents++;
    for (String term : tf.keySet()) {
      documentFrequency.merge(term, 1, Integer::sum);
    }
    Map<String, Double> vector = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double idf = Math.log((documents + 1.0) / (documentFrequency.get(e.getKey()) + 1.0)) + 1.0;
      double w = (1 + Math.log(e.getValue())) * idf;
      if (w > 0) {
        vector.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double length = Math.sqrt(norm);
    vector.replaceAll((term, w) -> w / length);
    return vector;
  }

  private int bestStory(Map<String, Double> vector, LocalDate date) {
    Map<Integer, Double> dots = new HashMap<>();
    vector.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(config.maxArticleTerms())
        .forEach(
            e -> {
              Set<Integer> inStories = postings.get(e.getKey());
              if (inStories != null && inStories.size() <= config.maxPostings()) {
                for (int s : inStories) {
                  dots.merge(s, 0.0, Double::sum);
                }
              }
            });
    int best = -1;
    double bestScore = config.threshold();
    for (int s : dots.keySet().stream().sorted().toList()) {
      Story story = stories.get(s);
      double dot = 0;
      for (Map.Entry<String, Double> e : vector.entrySet()) {
        Double c = story.centroid.get(e.getKey());
        if (c != null) {
          dot += e.getValue() * c;
        }
      }
      double score = dot / Math.sqrt(story.squaredNorm) * timeFactor(date, story.lastDate);
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  private double timeFactor(LocalDate date, LocalDate storyDate) {
    if (date == null || storyDate == null) {
      return 1.0;
    }
    long apart = Math.abs(ChronoUnit.DAYS.between(date, storyDate));
    return apart <= 2 ? 1.0 : 1.0 / (1.0 + (apart - 2) / config.dayScale());
  }

  private void addToStory(Story story, int index, Map<String, Double> vector, LocalDate date) {
    vector.forEach((term, w) -> story.centroid.merge(term, w, Double::sum));
    if (story.centroid.size() > config.maxCentroidTerms()) {
      List<String> weakest =
          story.centroid.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Double>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .limit(story.centroid.size() - config.maxCentroidTerms())
              .map(Map.Entry::getKey)
              .toList();
      for (String term : weakest) {
        story.centroid.remove(term);
        Set<Integer> inStories = postings.get(term);
        if (inStories != null) {
          inStories.remove(index);
        }
      }
    }
    story.squaredNorm = story.centroid.values().stream().mapToDouble(w -> w * w).sum();
    for (String term : story.centroid.keySet()) {
      postings.computeIfAbsent(term, t -> new LinkedHashSet<>()).add(index);
    }
    if (date != null && (story.lastDate == null || date.isAfter(story.lastDate))) {
      story.lastDate = date;
    }
  }

  private void retireQuietStories() {
    for (int s = 0; s < stories.size(); s++) {
      Story story = stories.get(s);
      if (story.active
          && story.lastDate != null
          && ChronoUnit.DAYS.between(story.lastDate, streamDate) > config.activeDays()) {
        story.active = false;
        for (String term : story.centroid.keySet()) {
          Set<Integer> inStories = postings.get(term);
          if (inStories != null) {
            inStories.remove(s);
          }
        }
      }
    }
  }
}
