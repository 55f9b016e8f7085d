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
 *
 * <p>Design decision: two candidate lookups, one verification. LSH over MinHash finds texts similar
 * as wholes (Jaccard), but a copy cut to half or a third of its original has Jaccard 0.5 to 0.3
 * with it while nearly all of it is contained in the original, and banding misses most pairs below
 * Jaccard 0.5. So a second index holds each text's anchors, the shingles whose hash is 0 modulo
 * {@link DedupConfig#anchorEvery()} (Broder's "mod m" sample): chosen by the shingle alone, the
 * anchors of a cut text are anchors of its original, and the share of the smaller text's anchors
 * two texts hold in common estimates containment. An entry that holds at least half of them is a
 * candidate; every candidate, from either lookup, is verified exactly on the shingle sets (Jaccard
 * at least {@link DedupConfig#minJaccard()}, or containment of the smaller at least {@link
 * DedupConfig#minContainment()}). Reports of one event by different outlets share quotations and
 * phrases, not most of their text: on PolNeAR no such pair exceeds containment 0.6.
 */
public final class MinHashDeduplicator {
  private static final int MAX_BUCKET = 16;

  /**
   * Share of the smaller text's anchors an entry must hold to be verified. Containment at the
   * verdict's threshold (0.8) holds about 0.8 of them; half leaves room for the sampling.
   */
  private static final double MIN_ANCHOR_SHARE = 0.5;

  private final DedupConfig config;
  private final long[] seeds;
  private final Buckets.IntList found = new Buckets.IntList();
  private final LeastOverlap least = new LeastOverlap(this::leastOverlap);
  private Generation current = new Generation();
  private Generation previous = new Generation();

  /** Entries of the two live generations; entry number {@code base + i} is at {@code i}. */
  private final List<Entry> entries = new ArrayList<>();

  private int base;

  /**
   * Anchors held by each entry, numbered as in {@link #entries}: the anchor lookup reads this for
   * every entry it finds, most of which are not verified, and an {@code int} array stays in cache
   * where each entry's record did not.
   */
  private int[] anchorCounts = new int[1024];

  private record Entry(ArticleId id, ArticleId original, long[] shingles) {}

  /**
   * One generation of the index: exact hashes, LSH buckets and containment anchors of the entries
   * added in it.
   */
  private static final class Generation {
    final Map<Long, Integer> exact = new HashMap<>();
    final Buckets buckets = new Buckets(MAX_BUCKET);
    final Buckets anchors = new Buckets(MAX_BUCKET);
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
    long[] anchors = anchors(shingles);
    if (same != null) {
      verdict =
          new DuplicateVerdict(
              entries.get(same - base).original(), DuplicateVerdict.Kind.EXACT, 1.0);
    } else {
      signature = signature(shingles);
      verdict = nearest(shingles, signature, anchors);
    }
    ArticleId original = verdict.isCopy() ? verdict.original() : article.id();
    if (entries.size() == anchorCounts.length) {
      anchorCounts = Arrays.copyOf(anchorCounts, anchorCounts.length * 2);
    }
    anchorCounts[entries.size()] = anchors.length;
    entries.add(new Entry(article.id(), original, shingles));
    if (signature != null) {
      for (int band = 0; band < config.bands(); band++) {
        current.buckets.add(bandKey(signature, band), index);
      }
      for (long anchor : anchors) {
        current.anchors.add(anchor, index);
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
      int dropped = current.firstEntry - base;
      entries.subList(0, dropped).clear();
      System.arraycopy(anchorCounts, dropped, anchorCounts, 0, entries.size());
      base = current.firstEntry;
      previous = current;
      current = new Generation(base + entries.size());
      current.firstDate = date;
    }
  }

  /**
   * The most similar earlier entry, among the candidates of two lookups: entries sharing an LSH
   * band (similar as wholes) and entries holding at least half of the smaller text's anchors (one
   * contains most of the other: a cut copy). Every candidate is verified on the shingles.
   */
  private DuplicateVerdict nearest(long[] shingles, long[] signature, long[] anchors) {
    if (shingles.length == 0) {
      return DuplicateVerdict.none();
    }
    found.clear();
    for (int band = 0; band < config.bands(); band++) {
      long key = bandKey(signature, band);
      previous.buckets.collect(key, found);
      current.buckets.collect(key, found);
    }
    int banded = found.size;
    for (long anchor : anchors) {
      previous.anchors.collect(anchor, found);
      current.anchors.collect(anchor, found);
    }
    int[] candidates = found.items;
    // Anchor hits counted per entry: sorted, each run is one entry and its length the anchors
    // shared.
    Arrays.sort(candidates, banded, found.size);
    int n = banded;
    for (int k = banded; k < found.size; ) {
      int entry = candidates[k];
      int run = k;
      while (run < found.size && candidates[run] == entry) {
        run++;
      }
      int smaller = Math.min(anchors.length, anchorCounts[entry - base]);
      if (run - k >= Math.max(1, Math.ceil(MIN_ANCHOR_SHARE * smaller))) {
        candidates[n++] = entry;
      }
      k = run;
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
        if (score >= 1.0) {
          break; // nothing later scores higher, and the earliest of equals wins
        }
      }
    }
    return best;
  }

  /**
   * The shingles whose hash is 0 modulo {@link DedupConfig#anchorEvery()}: a sample chosen by the
   * shingle alone, so a text's anchors are the anchors of every text it is cut from.
   */
  private long[] anchors(long[] shingles) {
    int every = config.anchorEvery();
    int n = 0;
    for (long shingle : shingles) {
      if (Long.remainderUnsigned(shingle, every) == 0) {
        n++;
      }
    }
    long[] anchors = new long[n];
    int i = 0;
    for (long shingle : shingles) {
      if (Long.remainderUnsigned(shingle, every) == 0) {
        anchors[i++] = shingle;
      }
    }
    return anchors;
  }

  /** Jaccard, or containment of the shorter set when it is large enough; 0 below the thresholds. */
  private double similarity(long[] a, long[] b) {
    int common = Shingles.overlapReaching(a, b, least.of(a.length, b.length));
    if (common < 0) {
      return 0;
    }
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

  /**
   * The fewest shared shingles with which two sets of these sizes pass either threshold of {@link
   * #similarity} (both tests only grow with the overlap, so a binary search finds it).
   */
  private int leastOverlap(int a, int b) {
    int low = 0;
    int high = Math.min(a, b) + 1; // passes() is false at low - 1 and assumed true at high
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (passes(mid, a, b)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Whether this overlap passes a threshold of {@link #similarity}: the same tests, in order. */
  private boolean passes(int common, int a, int b) {
    double jaccard = common / (double) (a + b - common);
    if (jaccard >= config.minJaccard()) {
      return true;
    }
    int smaller = Math.min(a, b);
    return smaller >= config.minContainedShingles()
        && common / (double) smaller >= config.minContainment();
  }

  private long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        // Branch-free: whether a new minimum is found is unpredictable for the first shingles.
        signature[i] = Math.min(signature[i], Hashing.mix(shingle ^ seeds[i]));
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
