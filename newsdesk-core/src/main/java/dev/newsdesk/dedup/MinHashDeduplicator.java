package dev.newsdesk.dedup;

import dev.newsdesk.internal.Hashing;
import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exact and near-duplicate detection over a stream. Exact copies are found by a hash of the folded
 * word sequence; near copies by MinHash signatures banded into an LSH table, verified on the
 * shingle sets themselves. Not thread-safe: it owns the index of everything seen.
 */
public final class MinHashDeduplicator {
  private static final int MAX_BUCKET = 16;
  private final DedupConfig config;
  private final long[] seeds;
  private final Map<Long, Integer> exact = new HashMap<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(ArticleId id, ArticleId original, long[] shingles) {}

  public MinHashDeduplicator(DedupConfig config) {
    this.config = config;
    this.seeds = new long[config.bands() * config.rows()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing.mix(0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  /** Decides whether the article copies one seen before, then adds it to the index. */
  public DuplicateVerdict observe(AnalyzedArticle article) {
    List<String> words = Shingles.words(article.text());
    long[] shingles = Shingles.hashes(words, config.shingleWords());
    long fullHash = Hashing.hash64(String.join(" ", words));
    int index = entries.size();
    Integer same = exact.putIfAbsent(fullHash, index);
    DuplicateVerdict verdict;
    long[] signature = null;
    if (same != null) {
      verdict =
          new DuplicateVerdict(entries.get(same).original(), DuplicateVerdict.Kind.EXACT, 1.0);
    } else {
      signature = signature(shingles);
      verdict = nearest(shingles, signature);
    }
    ArticleId original = verdict.isCopy() ? verdict.original() : article.id();
    entries.add(new Entry(article.id(), original, shingles));
    if (signature != null) {
      for (int band = 0; band < config.bands(); band++) {
        List<Integer> bucket =
            buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>(2));
        // The earliest entries of a bucket are kept: a copy names the earliest original anyway,
        // and a text copied thousands of times must not make every later lookup scan its copies.
        if (bucket.size() < MAX_BUCKET) {
          bucket.add(index);
        }
      }
    }
    return verdict;
  }

  private DuplicateVerdict nearest(long[] shingles, long[] signature) {
    if (shingles.length == 0) {
      return DuplicateVerdict.none();
    }
    TreeSet<Integer> candidates = new TreeSet<>();
    for (int band = 0; band < config.bands(); band++) {
      List<Integer> bucket = buckets.get(bandKey(signature, band));
      if (bucket != null) {
        candidates.addAll(bucket);
      }
    }
    DuplicateVerdict best = DuplicateVerdict.none();
    for (int candidate : candidates) {
      Entry other = entries.get(candidate);
      double score = similarity(shingles, other.shingles());
      if (score > best.similarity()) {
        best = new DuplicateVerdict(other.original(), DuplicateVerdict.Kind.NEAR, score);
      }
    }
    return best;
  }

  /** Jaccard, or containment of the shorter set when it is large enough; 0 below the thresholds. */
  private double similarity(long[] a, long[] b) {
    int common = Shingles.overlap(a, b);
    double jaccard = common / (double) (a.length + b.length - common);
    if (jaccard >= config.minJaccard()) {
      return jaccard;
    }
    int smaller = Math.min(a.length, b.length);
    double containment = common / (double) smaller;
    return smaller >= config.minContainedShingles() && containment >= config.minContainment()
        ? containment
        : 0;
  }

  private long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Hashing.mix(shingle ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  private long bandKey(long[] signature, int band) {
    long key = band;
    for (int r = 0; r < config.rows(); r++) {
      key = Hashing.mix(key * 31 + signature[band * config.rows() + r]);
    }
    return key;
  }
}
