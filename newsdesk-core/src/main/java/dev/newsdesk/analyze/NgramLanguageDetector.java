package dev.newsdesk.analyze;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;

/**
 * The best language of OpenNLP's language detector, {@link LanguageDetectorME#predictLanguage},
 * with the same language and the same confidence to the last bit, computed without the detector's
 * maps of {@code CharBuffer}s and {@code String}s. Not thread-safe: one per thread (the model's
 * tables are shared).
 *
 * <p>What OpenNLP does with a text: normalises it (e-mails, URLs, Twitter handles, numbers and
 * repeated characters, five regular expressions), lower-cases it, collects its distinct character
 * 1-, 2- and 3-grams in a {@code HashMap<CharBuffer, Integer>}, copies them into a second {@code
 * HashMap}, turns each into a {@code String}, looks each up in the maximum-entropy model's {@code
 * LinkedHashMap} of 145,895 predicates, adds each predicate's parameters to its outcomes' sums in
 * the order the second map iterates, and normalises the sums with {@code exp}. On article-length
 * items that was about a third of analysis: the maps, the hashing and the pointer chasing, not the
 * 13,000 additions.
 *
 * <p>Design decision: the same arithmetic in the same order, on flat tables. The model's predicates
 * are packed once into a table of {@code long} keys (length and up to three chars) whose parameters
 * lie side by side; a text's grams are packed the same way and deduplicated in a reused table. A
 * sum of doubles depends on its order, so the grams are visited in the order OpenNLP's second map
 * iterates them: a {@code HashMap} iterates by bucket ({@code CharBuffer.hashCode()} spread and
 * masked by the table size, which follows from the number of keys), and within a bucket in the
 * order the keys were put, which for both maps is the order of first occurrence. A bucket that
 * would reach nine keys makes {@code HashMap} turn it into a tree (or grow early), whose order is
 * another: both maps are simulated, and such a text (none in PolNeAR, GoogleNews or the example
 * corpus) goes to OpenNLP's own detector. The starting sums (the uniform prior's logarithm) and the
 * final normalisation are OpenNLP's. A check at start-up runs both on a fixed text and uses
 * OpenNLP's detector for everything if they differ in any bit (another model version, another
 * context generator). {@code NgramLanguageDetectorTest} compares language and confidence with
 * OpenNLP's on many texts. The normalisers are OpenNLP's, run only where they can change the text
 * ({@link DetectorNormalizer}).
 */
final class NgramLanguageDetector {
  /** OpenNLP's {@code HashMap} turns a bucket into a tree when it would hold this many keys. */
  private static final int TREEIFY = 9;

  private static final String CHECK_TEXT =
      "Die Fähre nach Tartus legt am Sonntag ab, sagte der Hafenmeister. The harbour master said "
          + "the ferry would sail on Sunday; « le port est fermé », a-t-il ajouté. 2024 @desk "
          + "https://example.org Πλοίο Москва 東京.";

  private final LanguageDetectorME fallback = new LanguageDetectorME(OpenNlpModels.languages());
  private final Tables tables;
  private final GramSet grams = new GramSet();
  private final double[] sums;

  /** The tables, built once from the shared model and checked against OpenNLP's detector. */
  private static final class Shared {
    static final Tables TABLES = checked(Tables.of(OpenNlpModels.languages()));

    private static Tables checked(Tables tables) {
      if (tables == null) {
        return null;
      }
      Language ours = new NgramLanguageDetector(tables).fastBest(CHECK_TEXT);
      Language theirs =
          new LanguageDetectorME(OpenNlpModels.languages()).predictLanguage(CHECK_TEXT);
      return ours != null && same(ours, theirs) ? tables : null;
    }
  }

  NgramLanguageDetector() {
    this(Shared.TABLES);
  }

  private NgramLanguageDetector(Tables tables) {
    this.tables = tables;
    this.sums = new double[tables == null ? 0 : tables.outcomes.length];
  }

  /** Whether the flat tables are in use (false: every text goes to OpenNLP's detector). */
  boolean fast() {
    return tables != null;
  }

  /** The best language and its confidence, as {@link LanguageDetectorME#predictLanguage}. */
  Language predictLanguage(CharSequence text) {
    if (tables == null) {
      return fallback.predictLanguage(text);
    }
    Language best = fastBest(text);
    return best != null ? best : fallback.predictLanguage(text);
  }

  /** Whether this text is scored on the flat tables (false: it goes to OpenNLP's detector). */
  boolean scoresItself(CharSequence text) {
    return tables != null && fastBest(text) != null;
  }

  /**
   * OpenNLP's answer on one text, and whether this one's is the same to the last bit (also true
   * when this one hands the text to OpenNLP).
   */
  boolean sameAsOpenNlp(CharSequence text) {
    Language ours = predictLanguage(text);
    return same(ours, fallback.predictLanguage(text));
  }

  private static boolean same(Language a, Language b) {
    return a.getLang().equals(b.getLang())
        && Double.doubleToRawLongBits(a.getConfidence())
            == Double.doubleToRawLongBits(b.getConfidence());
  }

  /** The best language, or null when OpenNLP's maps would iterate in another order. */
  private Language fastBest(CharSequence text) {
    CharBuffer chars = StringUtil.toLowerCaseCharBuffer(DetectorNormalizer.normalize(text));
    int length = chars.length();
    grams.clear(3 * length);
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= length; i++) {
        long key = n;
        int hash = 1;
        for (int k = 0; k < n; k++) {
          char c = chars.get(i + k);
          key = (key << 16) | c;
        }
        // CharBuffer.hashCode(): from the last char to the first, starting at 1.
        for (int k = n - 1; k >= 0; k--) {
          hash = 31 * hash + chars.get(i + k);
        }
        grams.add(key, hash ^ (hash >>> 16));
      }
    }
    int[] order = grams.iterationOrder();
    if (order == null) {
      return null;
    }
    Tables t = tables;
    int n = grams.size();
    long[] found = grams.found(n);
    for (int i = 0; i < n; i++) {
      found[i] = t.predicate(grams.key(order[i]));
    }
    Arrays.fill(sums, t.logPrior);
    for (int i = 0; i < n; i++) {
      long where = found[i];
      if (where < 0) {
        continue;
      }
      int start = (int) (where >>> 8);
      int end = start + (int) (where & 0xFF);
      for (int a = start; a < end; a++) {
        sums[t.outcomeIds[a]] += t.parameters[a];
      }
    }
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      total += sums[o];
    }
    int best = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = sums[o] / total;
      // OpenNLP sorts by Double.compare, descending and stable: the first of the highest wins.
      if (Double.compare(sums[o], sums[best]) > 0) {
        best = o;
      }
    }
    return new Language(t.outcomes[best], sums[best]);
  }

  /**
   * The model as flat tables. Design decision: the model's parameters take 10 MB and a text asks
   * for 1,500 predicates spread over them, so the cost is cache misses, not arithmetic: a
   * predicate's key and where its parameters lie share one slot of an open-addressing table (one
   * miss to find it), its outcomes are bytes beside the parameters' doubles, and a text's
   * predicates are all found before any is added, so the lookups' misses overlap.
   */
  private static final class Tables {
    /**
     * Slot {@code s}: key at {@code 2s} (0 for none), start and count of its parameters at 2s+1.
     */
    final long[] slots;

    final int mask;
    final byte[] outcomeIds;
    final double[] parameters;
    final String[] outcomes;
    final double logPrior;

    private Tables(long[] slots, byte[] outcomeIds, double[] parameters, String[] outcomes) {
      this.slots = slots;
      this.mask = slots.length / 2 - 1;
      this.outcomeIds = outcomeIds;
      this.parameters = parameters;
      this.outcomes = outcomes;
      // UniformPrior: every outcome starts at log(1 / outcomes).
      this.logPrior = StrictMath.log(1.0 / outcomes.length);
    }

    /**
     * Null when the model is not the one this reproduces: a GIS model with the default context
     * generator and at most 127 outcomes.
     */
    @SuppressWarnings("unchecked")
    static Tables of(LanguageDetectorModel model) {
      if (model.getFactory().getClass() != LanguageDetectorFactory.class
          || model.getFactory().getContextGenerator().getClass()
              != DefaultLanguageDetectorContextGenerator.class
          || model.getMaxentModel().getClass() != GISModel.class
          || model.getMaxentModel().getNumOutcomes() > Byte.MAX_VALUE) {
        return null;
      }
      AbstractModel maxent = (AbstractModel) model.getMaxentModel();
      Map<String, Context> predicates = (Map<String, Context>) maxent.getDataStructures()[1];
      int capacity = 16;
      while (capacity < predicates.size() * 3 / 2) {
        capacity *= 2;
      }
      long[] slots = new long[2 * capacity];
      int total = 0;
      for (Context c : predicates.values()) {
        total += c.getOutcomes().length;
      }
      byte[] outcomeIds = new byte[total];
      double[] parameters = new double[total];
      int at = 0;
      for (Map.Entry<String, Context> e : predicates.entrySet()) {
        String name = e.getKey();
        if (name.isEmpty() || name.length() > 3) {
          continue; // no text gram can ask for it
        }
        long key = pack(name);
        int slot = slot(key, capacity - 1);
        while (slots[2 * slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        int[] ids = e.getValue().getOutcomes();
        double[] params = e.getValue().getParameters();
        slots[2 * slot] = key;
        slots[2 * slot + 1] = ((long) at << 8) | ids.length;
        for (int i = 0; i < ids.length; i++) {
          outcomeIds[at + i] = (byte) ids[i];
        }
        System.arraycopy(params, 0, parameters, at, ids.length);
        at += ids.length;
      }
      String[] outcomes = new String[maxent.getNumOutcomes()];
      for (int o = 0; o < outcomes.length; o++) {
        outcomes[o] = maxent.getOutcome(o);
      }
      return new Tables(slots, outcomeIds, parameters, outcomes);
    }

    /** Where the predicate's parameters lie (start and count, as stored), or -1 if unknown. */
    long predicate(long key) {
      int slot = slot(key, mask);
      while (true) {
        long k = slots[2 * slot];
        if (k == key) {
          return slots[2 * slot + 1];
        }
        if (k == 0) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    static long pack(CharSequence gram) {
      long key = gram.length();
      for (int k = 0; k < gram.length(); k++) {
        key = (key << 16) | gram.charAt(k);
      }
      return key;
    }

    static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }
  }

  /**
   * A text's distinct grams in order of first occurrence, with their {@code HashMap} hashes; reused
   * from text to text.
   */
  private static final class GramSet {
    private long[] keys = new long[0];
    private int[] hashes = new int[0];
    private long[] tableKeys = new long[0];
    private int[] tableStamps = new int[0];
    private int stamp;
    private int size;
    private int[] buckets = new int[0];
    private int[] order = new int[0];
    private long[] found = new long[0];

    void clear(int most) {
      if (keys.length < most) {
        keys = new long[Math.max(16, most)];
        hashes = new int[keys.length];
      }
      int capacity = Integer.highestOneBit(Math.max(16, most * 2)) << 1;
      if (tableKeys.length < capacity) {
        tableKeys = new long[capacity];
        tableStamps = new int[capacity];
        stamp = 0;
      }
      stamp++;
      size = 0;
    }

    void add(long key, int hash) {
      int mask = tableKeys.length - 1;
      int slot = Tables.slot(key, mask);
      while (tableStamps[slot] == stamp) {
        if (tableKeys[slot] == key) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      tableStamps[slot] = stamp;
      tableKeys[slot] = key;
      keys[size] = key;
      hashes[size] = hash;
      size++;
    }

    long key(int gram) {
      return keys[gram];
    }

    int size() {
      return size;
    }

    /** A reused array for the predicates of the first {@code n} grams. */
    long[] found(int n) {
      if (found.length < n) {
        found = new long[keys.length];
      }
      return found;
    }

    /**
     * The grams in the order OpenNLP's second map iterates them (the first {@link #size()}
     * entries), or null when a bucket of either map would have reached {@link #TREEIFY} keys.
     */
    int[] iterationOrder() {
      if (!simulateInserts(null)) {
        return null;
      }
      int capacity = capacityFor(size);
      int[] first = byBucket(capacity);
      if (!simulateInserts(first)) {
        return null;
      }
      return first;
    }

    /**
     * Puts the grams, in the given order (null: first occurrence), into a simulated {@code HashMap}
     * that starts at 16 buckets and doubles past three quarters full; false when a bucket would
     * reach nine.
     */
    private boolean simulateInserts(int[] sequence) {
      int capacity = 16;
      ensureBuckets(capacity);
      Arrays.fill(buckets, 0, capacity, 0);
      for (int i = 0; i < size; i++) {
        int g = sequence == null ? i : sequence[i];
        int b = hashes[g] & (capacity - 1);
        if (buckets[b] + 1 >= TREEIFY) {
          return false;
        }
        buckets[b]++;
        if (i + 1 > capacity / 4 * 3) {
          capacity *= 2;
          ensureBuckets(capacity);
          Arrays.fill(buckets, 0, capacity, 0);
          for (int j = 0; j <= i; j++) {
            buckets[hashes[sequence == null ? j : sequence[j]] & (capacity - 1)]++;
          }
        }
      }
      return true;
    }

    /** The grams sorted by bucket, stably (first occurrence within a bucket). */
    private int[] byBucket(int capacity) {
      ensureBuckets(capacity + 1);
      Arrays.fill(buckets, 0, capacity + 1, 0);
      for (int g = 0; g < size; g++) {
        buckets[(hashes[g] & (capacity - 1)) + 1]++;
      }
      for (int b = 0; b < capacity; b++) {
        buckets[b + 1] += buckets[b];
      }
      if (order.length < size) {
        order = new int[keys.length];
      }
      for (int g = 0; g < size; g++) {
        order[buckets[hashes[g] & (capacity - 1)]++] = g;
      }
      return order;
    }

    private void ensureBuckets(int capacity) {
      if (buckets.length < capacity) {
        buckets = new int[capacity];
      }
    }

    private static int capacityFor(int keys) {
      int capacity = 16;
      while (keys > capacity / 4 * 3) {
        capacity *= 2;
      }
      return capacity;
    }
  }
}
