package dev.newsdesk.dedup;

/**
 * Thresholds for copies.
 *
 * @param shingleWords words per shingle
 * @param bands LSH bands; with {@code rows} rows each they make {@code bands * rows} MinHash values
 * @param minJaccard shingle-set Jaccard at or above which two texts are copies
 * @param minContainment share of the shorter text's shingles found in the longer one at or above
 *     which the shorter is a (cut) copy, when it has at least {@code minContainedShingles}
 * @param minParaphraseShare share of an article's sentences that closely match an earlier article's
 *     sentences, in order, for it to be a rewrite of that article
 */
public record DedupConfig(
    int shingleWords,
    int bands,
    int rows,
    double minJaccard,
    double minContainment,
    int minContainedShingles,
    double minParaphraseShare,
    double minSentenceSimilarity) {

  public static DedupConfig defaults() {
    return new DedupConfig(3, 32, 4, 0.5, 0.8, 15, 0.6, 0.4);
  }
}
