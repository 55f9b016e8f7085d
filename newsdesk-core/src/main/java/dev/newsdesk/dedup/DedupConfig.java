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
 * @param minSentenceSimilarity content-word Jaccard at or above which two sentences match
 * @param sentenceBands LSH bands of a sentence's MinHash, each of {@code sentenceRows} values: with
 *     12 bands of 2, a pair of sentences at the 0.4 threshold is found 88% of the time, at 0.5 97%
 * @param sentenceRows MinHash values per sentence band
 * @param maxIndexedStories stories whose sentences are kept for the rewrite check; the least
 *     recently checked story is dropped first
 * @param copyWindowDays days of publication an article is compared with for copies: everything
 *     published in at least the last {@code copyWindowDays}, at most twice that, stays indexed
 * @param anchorEvery one shingle in about this many (those whose hash is 0 modulo it) is an anchor:
 *     the index of containment, which finds a copy cut to a fraction of its original (see {@link
 *     MinHashDeduplicator})
 */
public record DedupConfig(
    int shingleWords,
    int bands,
    int rows,
    double minJaccard,
    double minContainment,
    int minContainedShingles,
    double minParaphraseShare,
    double minSentenceSimilarity,
    int sentenceBands,
    int sentenceRows,
    int maxIndexedStories,
    int copyWindowDays,
    int anchorEvery) {

  public DedupConfig {
    if (shingleWords < 1 || bands < 1 || rows < 1 || sentenceBands < 1 || sentenceRows < 1) {
      throw new IllegalArgumentException("shingle size, bands and rows must be at least 1");
    }
    if (maxIndexedStories < 1) {
      throw new IllegalArgumentException("maxIndexedStories must be at least 1");
    }
    if (copyWindowDays < 1) {
      throw new IllegalArgumentException("copyWindowDays must be at least 1");
    }
    if (anchorEvery < 1) {
      throw new IllegalArgumentException("anchorEvery must be at least 1");
    }
  }

  public static DedupConfig defaults() {
    return new DedupConfig(3, 32, 4, 0.5, 0.8, 15, 0.6, 0.4, 12, 2, 20_000, 14, 4);
  }
}
