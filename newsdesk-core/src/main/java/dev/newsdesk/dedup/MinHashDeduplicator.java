package dev.newsdesk.dedup;

import dev.newsdesk.internal.Hashing;
import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact and near-duplicate detection over a stream. Exact copies are found by a hash of the folded
 * word sequence; near copies by MinHash signatures banded into an LSH table, verified on the
 * shingle sets themselves. Not thread-safe: it owns the index of everything seen.
 *
 * <p>Design decision: the index covers a window of publication dates, not the whole stream. It is
 * kept in two generations; a generation is closed when the stream's date passes its first date by
 * {@link DedupConfig#copyWindowDays()}, and the generation before it is dropped then. So an article
 * is compared with everything published in at least the last {@code copyWindowDays} (at most twice
 * that): syndicated copies follow their original within hours or days, and without the window the
 * tables (32 band keys per article) grow without bound and every lookup gets slower with stream
 * size. Articles without a date never close a generation.
 */
public final class MinHashDeduplicator {
  private static final int MAX_BUCKET = 16;
  private final DedupConfig config;
  private final long[] seeds;
  private Generation current = new Generation();
  private Generation previous = new Generation();

  /** Entries of the two live generations; entry number {@code base + i} is at {@code i}. */
  private final List<Entry> entries = new ArrayList<>();

  private int base;

  private record Entry(ArticleId id, ArticleId original, long[] shingles) {}

  /** One generation of the index: exact hashes and LSH buckets of the entries added in it. */
  private static final class Generation {
    final Map<Long, Integer> exact = new HashMap<>();
    final Map<Long, int[]> buckets = new HashMap<>();
    final int firstEntry;
    LocalDate firstDate;

    Generation() {
      this(0);
    }

    Generation(int firstEntry) {
      this.firstEntry = firstEntry;
    }
  }

  public MinHashDeduplicator(DedupConfig config) {
    this.config = config;
    this.seeds = new long[config.bands() * config.rows()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing.mix(0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  /** Decides whether the article copies one seen before, then adds it to the index. */
  public DuplicateVerdict observe(AnalyzedArticle article) {
    advance(article.article().published());
    List<String> words = Shingles.words(article.text());
    long[] shingles = Shingles.hashes(words, config.shingleWords());
    long fullHash = Hashing.hash64(String.join(" ", words));
    int index = base + entries.size();
    Integer same = current.exact.putIfAbsent(fullHash, index);
    if (same == null) {
      same = previous.exact.get(fullHash);
    }
    DuplicateVerdict verdict;
    long[] signature = null;
    if (same != null) {
      verdict =
          new DuplicateVerdict(
              entries.get(same - base).original(), DuplicateVerdict.Kind.EXACT, 1.0);
    } else {
      signature = signature(shingles);
      verdict = nearest(shingles, signature);
    }
    ArticleId original = verdict.isCopy() ? verdict.original() : article.id();
    entries.add(new Entry(article.id(), original, shingles));
    if (signature != null) {
      for (int band = 0; band < config.bands(); band++) {
        // A bucket is {size, entries...}. The earliest entries of a bucket are kept: a copy names
        // the earliest original anyway, and a text copied thousands of times must not make every
        // later lookup scan its copies.
        long key = bandKey(signature, band);
        int[] bucket = current.buckets.computeIfAbsent(key, k -> new int[3]);
        int size = bucket[0];
        if (size < MAX_BUCKET) {
          if (size + 1 == bucket.length) {
            bucket = Arrays.copyOf(bucket, Math.min(MAX_BUCKET + 1, bucket.length * 2));
            current.buckets.put(key, bucket);
          }
          bucket[size + 1] = index;
          bucket[0] = size + 1;
        }
      }
    }
    return verdict;
  }

  /** Articles held in the index: those of the two live generations (for memory reporting). */
  public int heldEntries() {
    return entries.size();
  }

  /** Closes the current generation when the stream's date has left its window. */
  private void advance(LocalDate date) {
    if (date == null) {
      return;
    }
    if (current.firstDate == null) {
      current.firstDate = date;
    } else if (ChronoUnit.DAYS.between(current.firstDate, date) >= config.copyWindowDays()) {
      // Entries of the dropped generation are released; their ids stay valid as originals.
      entries.subList(0, current.firstEntry - base).clear();
      base = current.firstEntry;
      previous = current;
      current = new Generation(base + entries.size());
      current.firstDate = date;
    }
  }

  private DuplicateVerdict nearest(long[] shingles, long[] signature) {
    if (shingles.length == 0) {
      return DuplicateVerdict.none();
    }
    int[] candidates = new int[16];
    int n = 0;
    for (Generation generation : List.of(previous, current)) {
      for (int band = 0; band < config.bands(); band++) {
        int[] bucket = generation.buckets.get(bandKey(signature, band));
        if (bucket != null) {
          if (n + bucket[0] > candidates.length) {
            candidates = Arrays.copyOf(candidates, Math.max(n + bucket[0], candidates.length * 2));
          }
          System.arraycopy(bucket, 1, candidates, n, bucket[0]);
          n += bucket[0];
        }
      }
    }
    // Ascending and distinct, as before: the earliest of equally similar candidates wins.
    Arrays.sort(candidates, 0, n);
    DuplicateVerdict best = DuplicateVerdict.none();
    for (int k = 0; k < n; k++) {
      int candidate = candidates[k];
      if (k > 0 && candidates[k - 1] == candidate) {
        continue;
      }
      Entry other = entries.get(candidate - base);
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
