package dev.newsdesk.cluster;

/**
 * Story assignment settings.
 *
 * @param threshold the least cosine similarity to a story's centroid for an article to join it
 * @param titleWeight how much more a title word counts than a body word
 * @param nameWeight how much more a word of a person's, organisation's or facility's name counts
 * @param placeWeight how much a word of a place name counts (below 1: places are shared by events)
 * @param maxArticleTerms the article's strongest terms used to look up candidate stories
 * @param maxCentroidTerms a centroid keeps only its strongest terms (bounded memory)
 * @param maxPostings terms found in more stories than this are too common to find candidates by
 * @param dayScale days apart at which the time penalty halves the similarity
 * @param activeDays a story with no new article for this many days leaves the active set
 */
public record ClusterConfig(
    double threshold,
    double titleWeight,
    double nameWeight,
    double placeWeight,
    int maxArticleTerms,
    int maxCentroidTerms,
    int maxPostings,
    double dayScale,
    int activeDays) {

  /** Threshold tuned on the first half of GoogleNews and the example corpus (see BENCHMARKS.md). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.18, 2.0, 1.5, 0.5, 40, 300, 5000, 4.0, 30);
  }
}
