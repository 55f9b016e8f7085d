package dev.newsdesk.analyze;

import dev.newsdesk.internal.Literals;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language detector normalisers (emoji, URL and e-mail, Twitter, number, shrink; in the
 * order of its factory), giving the same text to the last char at a fraction of the cost: each
 * normaliser's regular expressions run only when the text holds what they need, and the few
 * replacements that nearly every article triggers are done by hand. Stateless.
 *
 * <p>Design decision: exact or nothing. Each shortcut below is equivalent to the pattern it
 * replaces (the comment says why); anything the shortcut does not cover goes to OpenNLP's own
 * normaliser. {@code DetectorNormalizerTest} compares the two on random texts made of the chars the
 * patterns care about, and {@link NgramLanguageDetector}'s start-up check still compares whole
 * predictions with OpenNLP's detector.
 *
 * <p>The patterns, from OpenNLP 2.5: emoji, a class of the surrogate ranges U+D83C to U+DBFF and
 * U+DC00 to U+DFFF written as escapes (which, as Java parses it, matches the hyphen and every code
 * point from U+D83C to U+10FC00); URL {@code https?://[-_.?&~;+=/#0-9A-Za-z]+} and e-mail {@code
 * …@…}; Twitter {@code [#@]\S+}, {@code \b(rt[ :])+}, {@code [:;x]-?[()dop]} and {@code
 * ([hj])+([aieou])+(\1+\2+)+} (the last three ASCII case-insensitive); number {@code \d+}; shrink
 * {@code \s{2,}} and {@code (.)\1{2,}}, then a trim. Each match is replaced by one space, except
 * the laugh and the repeat, which keep two.
 */
final class DetectorNormalizer {
  private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

  private DetectorNormalizer() {}

  /** OpenNLP's own chain, as its language detector factory builds it: what this one must equal. */
  static CharSequenceNormalizer openNlp() {
    return new AggregateCharSequenceNormalizer(EMOJI, URL, TWITTER, NUMBER, SHRINK);
  }

  static String normalize(CharSequence input) {
    String text = input.toString();
    text = emoji(text);
    // Both URL patterns need "http" or "@": without them the normaliser returns the text.
    if (text.contains("http") || text.indexOf('@') >= 0) {
      text = URL.normalize(text).toString();
    }
    text = twitter(text);
    // \d is ASCII 0-9 here (no UNICODE_CHARACTER_CLASS): each run of them becomes one space.
    text = replaceRuns(text, Literals::isAsciiDigit);
    return shrink(text);
  }

  /**
   * The emoji class matches '-' and every code point from U+D83C: below U+D800 there is no
   * surrogate, so code points are chars and only runs of hyphens match.
   */
  private static String emoji(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\uD800') {
        return EMOJI.normalize(text).toString();
      }
    }
    return replaceRuns(text, c -> c == '-');
  }

  /**
   * Hash tags, handles and retweet marks are rare in articles; when none can match, and no laugh,
   * only the emoticon pattern can, and it is a fixed two- or three-char shape, replaced by hand.
   * The laugh pattern runs after it, so it is asked of the replaced text: if it may match there,
   * OpenNLP's normaliser does the whole step.
   */
  private static String twitter(String text) {
    if (text.indexOf('#') >= 0 || text.indexOf('@') >= 0 || mayRetweet(text) || mayLaugh(text)) {
      return TWITTER.normalize(text).toString();
    }
    String faces = faces(text);
    return mayLaugh(faces) ? TWITTER.normalize(text).toString() : faces;
  }

  /**
   * {@code [:;x]-?[()dop]}, ASCII case-insensitive: an opening char, an optional hyphen, a closing
   * char. Greedy, and a hyphen is no closing char, so the three-char form wins when it is there.
   */
  static String faces(String text) {
    StringBuilder out = null;
    int n = text.length();
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != ':' && c != ';' && c != 'x' && c != 'X') {
        continue;
      }
      int end = -1;
      if (i + 2 < n && text.charAt(i + 1) == '-' && isFaceEnd(text.charAt(i + 2))) {
        end = i + 3;
      } else if (i + 1 < n && isFaceEnd(text.charAt(i + 1))) {
        end = i + 2;
      }
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static boolean isFaceEnd(char c) {
    return switch (c) {
      case '(', ')', 'd', 'D', 'o', 'O', 'p', 'P' -> true;
      default -> false;
    };
  }

  /**
   * A match of {@code \b(rt[ :])+} starts with "rt" (either case) and a space or colon, after no
   * letter, digit or underscore (a low surrogate before it counts as may-match).
   */
  static boolean mayRetweet(String text) {
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c == 'r' || c == 'R')
          && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
          && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')
          && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * A match of {@code ([hj])+([aieou])+(\1+\2+)+} holds an h or j right before a run of vowels, and
   * the same h or j (either case) right after the run: the vowels must all be taken, as the
   * back-reference to h or j cannot match a vowel.
   */
  static boolean mayLaugh(String text) {
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      char h = Literals.asciiLower(text.charAt(i));
      if ((h != 'h' && h != 'j') || !isVowel(text.charAt(i + 1))) {
        continue;
      }
      int e = i + 1;
      while (e < n && isVowel(text.charAt(e))) {
        e++;
      }
      if (e < n && Literals.asciiLower(text.charAt(e)) == h) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return switch (Literals.asciiLower(c)) {
      case 'a', 'e', 'i', 'o', 'u' -> true;
      default -> false;
    };
  }

  /**
   * {@code \s{2,}} (ASCII white space) becomes one space by hand: digits turned into spaces make
   * such runs in nearly every article. Then, when three chars in a row are the same letter in
   * either case (or the text has surrogates, which the repeat pattern reads as code points),
   * OpenNLP's normaliser does the repeats; it finds no run of spaces left. Otherwise only its trim
   * remains.
   */
  private static String shrink(String text) {
    String spaced = collapseSpaceRuns(text);
    return mayRepeat(spaced) ? SHRINK.normalize(spaced).toString() : spaced.trim();
  }

  static boolean mayRepeat(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (i + 2 < n
          && Literals.asciiLower(text.charAt(i + 1)) == Literals.asciiLower(c)
          && Literals.asciiLower(text.charAt(i + 2)) == Literals.asciiLower(c)) {
        return true;
      }
    }
    return false;
  }

  private static String collapseSpaceRuns(String text) {
    StringBuilder out = null;
    int n = text.length();
    int copied = 0;
    for (int i = 0; i + 1 < n; i++) {
      if (!Literals.isRegexSpace(text.charAt(i)) || !Literals.isRegexSpace(text.charAt(i + 1))) {
        continue;
      }
      int end = i + 2;
      while (end < n && Literals.isRegexSpace(text.charAt(end))) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private interface CharTest {
    boolean test(char c);
  }

  /** Each maximal run of chars that pass the test becomes one space. */
  private static String replaceRuns(String text, CharTest inRun) {
    StringBuilder out = null;
    int n = text.length();
    int copied = 0;
    for (int i = 0; i < n; i++) {
      if (!inRun.test(text.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < n && inRun.test(text.charAt(end))) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }
}
