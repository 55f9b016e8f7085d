package dev.newsdesk.dedup;

import dev.newsdesk.internal.Hashing;
import dev.newsdesk.internal.Shingles;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, within a story, the sentences an article shares with earlier articles, and light rewrites:
 * an article most of whose sentences closely match, in order, the sentences of one earlier article.
 * Reporting the same facts is not enough; following another article sentence by sentence is.
 *
 * <p>Each story keeps an index from sentence MinHash band keys to the sentences of its original
 * articles, so a check costs what the article's sentences find there, not a pass over the story.
 * Candidates are verified on the sentences' content-word sets (Jaccard). At most {@link
 * DedupConfig#maxIndexedStories()} stories are indexed; the least recently checked one is dropped
 * first, so memory stays bounded on an endless stream.
 *
 * <p>Design decision: a story's index holds its latest {@value #MAX_STORY_ORIGINALS} to twice that
 * many originals; when it reaches twice, the older half leaves and the sentence keys are rebuilt
 * from the rest (once per {@value #MAX_STORY_ORIGINALS} articles, so the cost per article stays
 * flat). A story that never goes quiet would otherwise keep every sentence of every article it
 * took. A rewrite copies a recent article, and a sentence reused from an article that has left the
 * index is credited to the earliest article still indexed that has it.
 *
 * <p>Design decision: the per-article half of a check ({@link #fingerprint}: the sentences' word
 * hashes and band keys) reads no index and may run on another thread, ahead of the stream; the keys
 * it computes serve both the lookup and the indexing of the article (they were computed twice).
 *
 * <p>Not thread-safe: it owns the index ({@link #fingerprint} alone is). Deterministic for the same
 * input order.
 */
public final class RewriteDetector {
  private static final int MIN_SENTENCE_WORDS = 5;
  private static final int MAX_REFS_PER_KEY = 16;
  private static final int MIN_MATCHED_SENTENCES = 3;
  private static final double MIN_OTHER_SHARE = 0.5;

  /**
   * Originals of one story kept in its index: when a story holds twice this many, the older half is
   * dropped. See the class comment.
   */
  static final int MAX_STORY_ORIGINALS = 256;

  /**
   * Bits of a sentence's number in a {@link #ref}: the rest numbers fewer than {@code 2 *
   * MAX_STORY_ORIGINALS} articles, and a reference stays a non-negative {@code int}.
   */
  private static final int SENTENCE_BITS = 21;

  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "and", "on", "for", "its", "his", "her", "their",
          "that", "is", "was", "has", "have", "had", "be", "by", "with", "at", "from", "as", "it",
          "s");

  private final DedupConfig config;
  private final long[] seeds;
  private final Map<StoryId, StoryIndex> stories;

  /** Reused by {@link #candidates}: the lookups of a check run one after another. */
  private final Buckets.IntList found = new Buckets.IntList();

  /**
   * Used by {@link #check} alone (not by {@link #fingerprint}, which may run on another thread).
   */
  private final LeastOverlap leastCommon = new LeastOverlap(this::leastCommonWords);

  /** One story's indexed originals and their sentences. */
  private static final class StoryIndex {
    final List<ArticleId> articles = new ArrayList<>();
    final List<Integer> sentenceCounts = new ArrayList<>();
    final List<long[][]> words = new ArrayList<>();
    final List<int[]> positions = new ArrayList<>();

    /** Band key to its first {@link #MAX_REFS_PER_KEY} sentences, as {@link #ref}s. */
    Buckets sentencesByKey = new Buckets(MAX_REFS_PER_KEY);
  }

  public RewriteDetector(DedupConfig config) {
    this.config = config;
    this.seeds = new long[config.sentenceBands() * config.sentenceRows()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing.mix(0xC2B2AE3D27D4EB4FL * (i + 1));
    }
    this.stories =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<StoryId, StoryIndex> eldest) {
            return size() > config.maxIndexedStories();
          }
        };
  }

  /**
   * Compares the article with the earlier originals of its story, then indexes its sentences as one
   * of them. The verdict names the earlier article it rewrites, if any.
   */
  public RewriteCheck check(AnalyzedArticle article, StoryId story) {
    return check(article, fingerprint(article), story);
  }

  /**
   * An article's sentences as a check compares them: content-word hashes of each sentence long
   * enough, its position, and its band keys. Reads no index: thread-safe, and may be computed ahead
   * of the stream.
   */
  public SentenceFingerprint fingerprint(AnalyzedArticle article) {
    List<Integer> positions = new ArrayList<>();
    List<long[]> words = sentenceWords(article, positions);
    long[][] keys = new long[words.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keys(words.get(i));
    }
    return new SentenceFingerprint(
        article.id(),
        words.toArray(new long[0][]),
        positions.stream().mapToInt(Integer::intValue).toArray(),
        keys);
  }

  /** {@link #check(AnalyzedArticle, StoryId)} with the article's sentences fingerprinted ahead. */
  public RewriteCheck check(
      AnalyzedArticle article, SentenceFingerprint fingerprint, StoryId story) {
    if (!fingerprint.article().equals(article.id())) {
      throw new IllegalArgumentException(
          "fingerprint of " + fingerprint.article() + " given for " + article.id());
    }
    StoryIndex index = stories.computeIfAbsent(story, s -> new StoryIndex());
    long[][] mine = fingerprint.words();
    // Per earlier article (in arrival order): my sentence -> its matching sentences, ascending.
    TreeMap<Integer, TreeMap<Integer, List<Integer>>> matches = new TreeMap<>();
    List<SentenceReuse> reused = new ArrayList<>();
    for (int i = 0; i < mine.length; i++) {
      SentenceReuse first = null;
      int firstOther = Integer.MAX_VALUE;
      for (int ref : candidates(index, fingerprint.keys()[i])) {
        int other = ref >>> SENTENCE_BITS;
        int sentence = ref & ((1 << SENTENCE_BITS) - 1);
        double similarity = similarity(mine[i], index.words.get(other)[sentence]);
        if (similarity >= config.minSentenceSimilarity()) {
          matches
              .computeIfAbsent(other, o -> new TreeMap<>())
              .computeIfAbsent(i, x -> new ArrayList<>())
              .add(sentence);
          if (other < firstOther) {
            firstOther = other;
            first =
                new SentenceReuse(
                    fingerprint.positions()[i],
                    index.articles.get(other),
                    index.positions.get(other)[sentence],
                    similarity);
          }
        }
      }
      if (first != null) {
        reused.add(first);
      }
    }
    DuplicateVerdict verdict = verdict(index, mine.length, matches);
    index.articles.add(article.id());
    index.sentenceCounts.add(mine.length);
    index.words.add(mine);
    index.positions.add(fingerprint.positions());
    indexSentences(index, index.articles.size() - 1, fingerprint.keys());
    if (index.articles.size() >= 2 * MAX_STORY_ORIGINALS) {
      dropOlderHalf(index);
    }
    return new RewriteCheck(verdict, reused);
  }

  /** Indexes an article's sentences under their band keys (computed here when null). */
  private void indexSentences(StoryIndex index, int self, long[][] keys) {
    long[][] sentences = index.words.get(self);
    // Sentences past what a reference can number are not indexed (an article would need millions).
    int indexed = Math.min(sentences.length, 1 << SENTENCE_BITS);
    for (int i = 0; i < indexed; i++) {
      for (long key : keys != null ? keys[i] : keys(sentences[i])) {
        // The earliest sentences under a key are kept: provenance names the first source, and a
        // sentence repeated by hundreds of articles must not make every later check scan them.
        index.sentencesByKey.add(key, ref(self, i));
      }
    }
  }

  /** Keeps the story's latest originals, renumbered from 0, and indexes their sentences again. */
  private void dropOlderHalf(StoryIndex index) {
    int drop = index.articles.size() - MAX_STORY_ORIGINALS;
    index.articles.subList(0, drop).clear();
    index.sentenceCounts.subList(0, drop).clear();
    index.words.subList(0, drop).clear();
    index.positions.subList(0, drop).clear();
    index.sentencesByKey = new Buckets(MAX_REFS_PER_KEY);
    for (int a = 0; a < index.articles.size(); a++) {
      indexSentences(index, a, null);
    }
  }

  /** Originals indexed for the story (for tests and memory reporting). */
  int heldOriginals(StoryId story) {
    StoryIndex index = stories.get(story);
    return index == null ? 0 : index.articles.size();
  }

  /**
   * Drops a story's index: the story has left the active set, and no later article joins it. Until
   * then the least recently checked story is dropped only beyond {@link
   * DedupConfig#maxIndexedStories()}.
   */
  public void forget(StoryId story) {
    stories.remove(story);
  }

  /** Stories whose sentences are indexed (for memory reporting). */
  public int heldStories() {
    return stories.size();
  }

  private DuplicateVerdict verdict(
      StoryIndex index,
      int mySentences,
      TreeMap<Integer, TreeMap<Integer, List<Integer>>> matches) {
    DuplicateVerdict best = DuplicateVerdict.none();
    if (mySentences < MIN_MATCHED_SENTENCES) {
      return best;
    }
    for (Map.Entry<Integer, TreeMap<Integer, List<Integer>>> e : matches.entrySet()) {
      int matched = alignedMatches(e.getValue());
      double share = matched / (double) mySentences;
      int theirs = index.sentenceCounts.get(e.getKey());
      // Both ways: an article that takes a wire story and adds its own reporting is derived
      // from it, not a copy of it.
      double theirShare = theirs == 0 ? 0 : matched / (double) theirs;
      if (matched >= MIN_MATCHED_SENTENCES
          && share >= config.minParaphraseShare()
          && theirShare >= MIN_OTHER_SHARE
          && share > best.similarity()) {
        best =
            new DuplicateVerdict(
                index.articles.get(e.getKey()), DuplicateVerdict.Kind.REWRITE, share);
      }
    }
    return best;
  }

  /** Greedy in-order alignment: each of mine takes the first matching sentence after the last. */
  private static int alignedMatches(TreeMap<Integer, List<Integer>> matchesOfMine) {
    int matched = 0;
    int from = 0;
    for (List<Integer> theirs : matchesOfMine.values()) {
      int next = Integer.MAX_VALUE;
      for (int j : theirs) {
        if (j >= from && j < next) {
          next = j;
        }
      }
      if (next != Integer.MAX_VALUE) {
        matched++;
        from = next + 1;
      }
    }
    return matched;
  }

  /** Sentence references found under any of the sentence's band keys, ascending, distinct. */
  private int[] candidates(StoryIndex index, long[] keys) {
    found.clear();
    for (long key : keys) {
      index.sentencesByKey.collect(key, found);
    }
    int[] refs = found.items;
    Arrays.sort(refs, 0, found.size);
    int kept = 0;
    for (int i = 0; i < found.size; i++) {
      if (kept == 0 || refs[kept - 1] != refs[i]) {
        refs[kept++] = refs[i];
      }
    }
    return Arrays.copyOf(refs, kept);
  }

  /** The first {@code n} values, sorted and without repeats (in place). */
  private static long[] sortedDistinct(long[] values, int n) {
    Arrays.sort(values, 0, n);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (kept == 0 || values[kept - 1] != values[i]) {
        values[kept++] = values[i];
      }
    }
    return Arrays.copyOf(values, kept);
  }

  private long[] keys(long[] words) {
    int rows = config.sentenceRows();
    long[] keys = new long[config.sentenceBands()];
    for (int band = 0; band < keys.length; band++) {
      long key = band;
      for (int r = 0; r < rows; r++) {
        long seed = seeds[band * rows + r];
        long min = Long.MAX_VALUE;
        for (long w : words) {
          min = Math.min(min, Hashing.mix(w ^ seed));
        }
        key = Hashing.mix(key * 31 + min);
      }
      keys[band] = key;
    }
    return keys;
  }

  /**
   * An indexed sentence as one {@code int}: its article's place in the story index above {@link
   * #SENTENCE_BITS} bits of its sentence number, so references sort by article, then sentence.
   */
  private static int ref(int article, int sentence) {
    return (article << SENTENCE_BITS) | sentence;
  }

  /** Content-word hashes (sorted, distinct) of each sentence long enough to compare. */
  private static List<long[]> sentenceWords(AnalyzedArticle article, List<Integer> positions) {
    List<long[]> result = new ArrayList<>();
    for (int s = 0; s < article.sentences().size(); s++) {
      List<String> words = Shingles.words(article.sentences().get(s).text());
      if (words.size() < MIN_SENTENCE_WORDS) {
        continue;
      }
      long[] content = new long[words.size()];
      int n = 0;
      for (String w : words) {
        if (!STOPWORDS.contains(w)) {
          content[n++] = Hashing.hash64(w);
        }
      }
      long[] hashes = sortedDistinct(content, n);
      if (hashes.length > 0) {
        result.add(hashes);
        positions.add(s);
      }
    }
    return result;
  }

  /**
   * Content-word Jaccard of two sentences, or 0 when it falls below {@link
   * DedupConfig#minSentenceSimilarity()}: most candidates of a lookup do not match, and the merge
   * stops as soon as the overlap cannot reach the threshold.
   */
  private double similarity(long[] a, long[] b) {
    int common = Shingles.overlapReaching(a, b, leastCommon.of(a.length, b.length));
    if (common < 0) {
      return 0;
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : common / (double) union;
  }

  /**
   * The fewest shared words with which sentences of these sizes reach the similarity threshold, by
   * the same arithmetic as {@link #similarity} (which only grows with the overlap, so a binary
   * search finds it); one more than the smaller size when none does.
   */
  private int leastCommonWords(int a, int b) {
    int low = 0;
    int high = Math.min(a, b) + 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      int union = a + b - mid;
      if (union > 0 && mid / (double) union >= config.minSentenceSimilarity()) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
