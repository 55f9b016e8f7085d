package dev.newsdesk.analyze;

import dev.newsdesk.internal.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys under which spellings of one name meet.
 *
 * <p>Design decision: two keys and two distances. The <em>particle key</em> folds case, diacritics,
 * possessives and name particles ("Bashar al-Assad", "Bashar al Assad" and "Bashar Assad" meet).
 * The <em>skeleton</em> folds transliteration: digraphs to one letter (kh, zh, ts), y and i alike,
 * doubled letters once, vowels dropped after the first letter, so "Yevgeny Khorvatsky" and "Evgeni
 * Horvatski" meet. Where skeletons differ, a Jaro-Winkler similarity of the transliteration-folded
 * tokens at or above {@link #SIMILAR} still merges, and so does an edit distance of at most two
 * between long tokens with the same first letter ("Khmeimim", "Kheimin"); equal skeletons alone are
 * not enough (Hamas and Homs share one). All of this only between names of the same token count
 * whose every token agrees, so "Bashar al-Assad" never meets "Hafez al-Assad"; and the caller keeps
 * two known places apart (Iran, Iraq).
 */
public final class NameVariants {
  static final double SIMILAR = 0.88;

  /** Equal skeletons still need this much spelling in common: Hamas and Homs share "hms". */
  static final double SKELETON_SIMILAR = 0.85;

  static final int MIN_EDIT_LENGTH = 6;
  static final int MAX_EDITS = 2;
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
  private static final Pattern FACILITY_SUFFIX =
      Pattern.compile(
          "(?i)\\s+(air ?base|airbase|air base|naval base|base|ab|airport|naval facility|group)$");
  private static final List<String> PARTICLES =
      List.of(
          "al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "ed", "bin", "ibn", "de",
          "the");

  // Compiled once: sameName runs for every pair of mention groups in a story, and String.replaceAll
  // would compile each pattern again on every call.
  private static final Pattern Y_BEFORE_VOWEL = Pattern.compile("(?<=^|\\s)y(?=[aeiou])");
  private static final Pattern REPEATED_I = Pattern.compile("ii+");
  private static final Pattern DOUBLED_LETTER = Pattern.compile("(\\p{L})\\1+");
  private static final Pattern VOWEL = Pattern.compile("[aeiou]");
  private static final Pattern HYPHEN = Pattern.compile("[-\u2010]");
  private static final Pattern NOT_LETTER_DIGIT_SPACE = Pattern.compile("[^\\p{L}\\p{N} ]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Words an acronym leaves out: "North Atlantic Treaty Organization", "Islamic State of …". */
  private static final List<String> ACRONYM_SKIPS = List.of("of", "and", "for", "in", "on");

  private NameVariants() {}

  /** The name without possessive, facility word, particles, case and diacritics. */
  public static String particleKey(String name) {
    String plain = POSSESSIVE.matcher(name.strip()).replaceFirst("");
    plain = FACILITY_SUFFIX.matcher(plain).replaceFirst("");
    String folded =
        NOT_LETTER_DIGIT_SPACE
            .matcher(HYPHEN.matcher(TextNormalizer.key(plain)).replaceAll(" "))
            .replaceAll("");
    return Arrays.stream(WHITESPACE.split(folded))
        .filter(t -> !t.isEmpty() && !PARTICLES.contains(t))
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  /**
   * One name ends where the other goes on by one consonant: Tartu and Tartus are two towns.
   * Transliteration adds a final h (Hama, Hamah), never another consonant.
   */
  private static boolean addsFinalConsonant(String shorter, String longer) {
    if (longer.length() != shorter.length() + 1 || !longer.startsWith(shorter)) {
      return false;
    }
    char last = longer.charAt(longer.length() - 1);
    return "aeiouh".indexOf(last) < 0;
  }

  /** The first letters of a particle key's words, as an acronym spells them. */
  static String initials(String particleKey) {
    StringBuilder out = new StringBuilder();
    for (String token : particleKey.split(" ")) {
      if (!token.isEmpty() && !ACRONYM_SKIPS.contains(token)) {
        out.append(token.charAt(0));
      }
    }
    return out.toString();
  }

  /** Transliteration-folded spelling of each token. */
  static String transliterated(String particleKey) {
    String s = particleKey.toLowerCase(Locale.ROOT);
    s = Y_BEFORE_VOWEL.matcher(s).replaceAll("");
    s =
        s.replace("kh", "h")
            .replace("zh", "j")
            .replace("ts", "c")
            .replace("tz", "c")
            .replace("sh", "s")
            .replace("ch", "c")
            .replace("ph", "f")
            .replace("w", "v")
            .replace("q", "k")
            .replace("y", "i");
    s = REPEATED_I.matcher(s).replaceAll("i");
    return DOUBLED_LETTER.matcher(s).replaceAll("$1");
  }

  static String skeleton(String particleKey) {
    StringBuilder out = new StringBuilder();
    for (String token : transliterated(particleKey).split(" ")) {
      if (token.isEmpty()) {
        continue;
      }
      String rest = VOWEL.matcher(token.substring(1)).replaceAll("");
      out.append(out.length() == 0 ? "" : " ")
          .append(token.charAt(0))
          .append(DOUBLED_LETTER.matcher(rest).replaceAll("$1"));
    }
    return out.toString();
  }

  /** True when the two particle keys are spellings of one name by the rules above. */
  public static boolean sameName(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    // Transliteration never adds or removes a word, so names of different lengths in words are
    // told apart before any of the costlier folding below.
    if (words(a) != words(b)) {
      return false;
    }
    return Folded.of(a).sameName(Folded.of(b));
  }

  /**
   * A particle key with its transliteration folding done once, for callers that compare one name
   * with many (a story's entity merging compares every pair of mention groups).
   *
   * @param key the particle key
   * @param tokens its transliteration-folded tokens
   * @param skeleton its skeleton
   * @param letters each token's count of each letter a-z (null for a token with other letters)
   * @param firstLetters the letters a-z of the first token as bits 0-25, or -1 when it has others
   */
  public record Folded(
      String key, List<String> tokens, String skeleton, List<int[]> letters, long firstLetters) {
    public static Folded of(String particleKey) {
      List<String> tokens = List.of(transliterated(particleKey).split(" "));
      return new Folded(
          particleKey,
          tokens,
          NameVariants.skeleton(particleKey),
          tokens.stream().map(NameVariants::letterCounts).toList(),
          letterBits(tokens.get(0)));
    }

    public int firstLength() {
      return tokens.get(0).length();
    }

    /** {@link NameVariants#sameName} of the two keys, without folding either again. */
    public boolean sameName(Folded other) {
      if (key.isEmpty() || other.key.isEmpty()) {
        return false;
      }
      if (key.equals(other.key)) {
        return true;
      }
      if (tokens.size() != other.tokens.size()) {
        return false;
      }
      boolean sameSkeleton = skeleton.equals(other.skeleton);
      for (int i = 0; i < tokens.size(); i++) {
        String a = tokens.get(i);
        String b = other.tokens.get(i);
        if (!a.equals(b)
            && (!mayBeSameToken(a, b, letters.get(i), other.letters.get(i), sameSkeleton)
                || !sameToken(a, b, sameSkeleton))) {
          return false;
        }
      }
      return true;
    }
  }

  private static long letterBits(String token) {
    long bits = 0;
    for (int i = 0; i < token.length(); i++) {
      int c = token.charAt(i) - 'a';
      if (c < 0 || c >= 26) {
        return -1;
      }
      bits |= 1L << c;
    }
    return bits;
  }

  /**
   * False only when two first tokens, known by their letters (as {@link Folded#firstLetters}) and
   * lengths alone, cannot be spellings of one name: the cheapest test, for a story's many pairs.
   * Each letter one token has and the other lacks occurs at least once, so the letters in common
   * are at most each length less those; the bounds of {@link #mayBeSameToken} follow (with the
   * largest prefix bonus, the prefix being unknown here).
   */
  public static boolean mayBeSameFirstToken(
      long lettersA, int lengthA, long lettersB, int lengthB) {
    if (lettersA < 0 || lettersB < 0 || lettersA == lettersB) {
      return true;
    }
    int common =
        Math.min(
            lengthA - Long.bitCount(lettersA & ~lettersB),
            lengthB - Long.bitCount(lettersB & ~lettersA));
    // Unknown here, so taken at their most permissive: the prefix, the first letter, the skeleton.
    return mayBeSame(common, lengthA, lengthB, 4, true, true);
  }

  /** How often each letter a-z occurs in a token; null when it has any other character. */
  private static int[] letterCounts(String token) {
    int[] counts = new int[26];
    for (int i = 0; i < token.length(); i++) {
      int c = token.charAt(i) - 'a';
      if (c < 0 || c >= 26) {
        return null;
      }
      counts[c]++;
    }
    return counts;
  }

  /**
   * False only when {@link #sameToken} is certainly false, from the letters the two tokens share:
   * Jaro matches pair equal letters, so their number is at most the letters in common, which bounds
   * the Jaro-Winkler score from above; and an edit distance is at least the longer length less the
   * letters in common. Most pairs of a story's names share few letters, and this costs no string
   * metric (profiled: the metrics were most of a large story's entity merging).
   */
  private static boolean mayBeSameToken(
      String a, String b, int[] lettersA, int[] lettersB, boolean sameSkeleton) {
    if (lettersA == null || lettersB == null) {
      return true;
    }
    int common = 0;
    for (int c = 0; c < 26; c++) {
      common += Math.min(lettersA[c], lettersB[c]);
    }
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return mayBeSame(
        common, a.length(), b.length(), prefix, a.charAt(0) == b.charAt(0), sameSkeleton);
  }

  /**
   * Whether tokens of these lengths with at most {@code common} letters in common, sharing a prefix
   * of {@code prefix} letters, could pass {@link #sameToken}.
   */
  private static boolean mayBeSame(
      int common, int lengthA, int lengthB, int prefix, boolean sameFirst, boolean sameSkeleton) {
    int shorter = Math.min(lengthA, lengthB);
    int longer = Math.max(lengthA, lengthB);
    if (shorter >= MIN_EDIT_LENGTH && sameFirst && longer - common <= MAX_EDITS) {
      return true;
    }
    if (common <= 0) {
      return false;
    }
    double jaroAtMost = ((double) common / lengthA + (double) common / lengthB + 1) / 3.0;
    double similarityAtMost = jaroAtMost + prefix * 0.1 * (1 - jaroAtMost);
    double needed = lengthA >= 4 ? SIMILAR : Double.POSITIVE_INFINITY;
    if (sameSkeleton) {
      needed = Math.min(needed, SKELETON_SIMILAR);
    }
    return similarityAtMost >= needed - 1e-9;
  }

  private static int words(String particleKey) {
    int words = 1;
    for (int i = 0; i < particleKey.length(); i++) {
      if (particleKey.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static boolean sameToken(String a, String b, boolean sameSkeleton) {
    if (a.equals(b)) {
      return true;
    }
    if (addsFinalConsonant(a, b) || addsFinalConsonant(b, a)) {
      return false;
    }
    double similarity = JaroWinkler.similarity(a, b);
    if (sameSkeleton && similarity >= SKELETON_SIMILAR
        || a.length() >= 4 && similarity >= SIMILAR) {
      return true;
    }
    // Transliterations of one long name that drop or change a letter or two: Khmeimim, Kheimin.
    return Math.min(a.length(), b.length()) >= MIN_EDIT_LENGTH
        && a.charAt(0) == b.charAt(0)
        && Levenshtein.distance(a, b) <= MAX_EDITS;
  }
}
