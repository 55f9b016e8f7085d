package dev.newsdesk.cluster;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Sentence;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Happenings with a proper name in an article's first sentences: a capitalised happening noun
 * ({@link EventKeys}) after a capitalised qualifier, "the Democratic National Convention", "the
 * Northern Ports Summit", "the Commander-in-Chief Forum". The key is the noun and the qualifier
 * nearest to it ("democratic" for the convention), with the publication day.
 *
 * <p>Design decision: a named happening is matched by publication days, not by the days its lead
 * names. A convention, a trial or a summit runs for days, and each day's report names its own day
 * ("Michelle Obama told the Democratic National Convention on Monday", "Obama told it on
 * Wednesday"), so day-precise event keys split it; but the reports name the happening the same way
 * every day. A story keeps the publication days of all members' named happenings, so a four-day
 * convention stays joinable from its first day to its last, and the key alone, without a day near
 * the story's, is the beat ("a Republican debate" all winter).
 *
 * <p>Design decision: the qualifier is read from capitalisation, not from the entity recogniser:
 * "Democratic National Convention" and "Democratic convention" must give the same key, and a
 * recognised entity's extent and type vary with the sentence. Words that do not qualify a happening
 * are skipped (day names, months, "National", "Presidential"); an article or preposition ends the
 * run (title-case headlines capitalise them), so "At The Debate" names nothing.
 */
final class NamedHappenings {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

  /** Tokens before the noun read for its qualifier. */
  private static final int REACH = 3;

  /** Capitalised words that sit between a qualifier and its noun without qualifying it. */
  private static final Set<String> SKIPPED = skipped();

  /** Capitalised words that end the run: articles, prepositions, conjunctions, pronouns. */
  private static final Set<String> ENDS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "last", "first", "second", "third",
          "fourth", "final", "next", "at", "in", "on", "of", "for", "from", "to", "by", "with",
          "after", "before", "during", "and", "or", "but", "his", "her", "their", "its", "our",
          "my", "your", "is", "was", "are", "were");

  /** Word forms in the happening list that are verbs, never the noun of a named happening. */
  private static final Set<String> VERBS =
      Set.of(
          "debated",
          "testified",
          "ruled",
          "endorsed",
          "endorses",
          "indicted",
          "resigned",
          "resigns");

  private NamedHappenings() {}

  /** Qualifying-looking words that qualify nothing, with the English day and month names. */
  private static Set<String> skipped() {
    Set<String> words =
        new HashSet<>(
            List.of(
                "national",
                "presidential",
                "state",
                "annual",
                "night",
                "tonight",
                "today",
                "yesterday"));
    for (DayOfWeek day : DayOfWeek.values()) {
      words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (Month month : Month.values()) {
      words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /**
   * Sorted distinct keys: every named happening of the first {@code sentences} sentences, with this
   * publication day; empty when {@code sentences} is 0.
   */
  static long[] keys(AnalyzedArticle article, int sentences, long publicationDay) {
    if (sentences <= 0) {
      return EventKeys.NONE;
    }
    List<Long> found = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.index() < sentences) {
        named(sentence.text(), found);
      }
    }
    return found.stream()
        .mapToLong(id -> id * EventKeys.DAY_RANGE + publicationDay)
        .distinct()
        .sorted()
        .toArray();
  }

  /** Adds the ids (qualifier and noun) of the happenings this text names. */
  static void named(String text, List<Long> ids) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(trim(m.group()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String word = token.toLowerCase(Locale.ROOT);
      int noun = VERBS.contains(word) ? -1 : EventKeys.noun(word);
      if (noun < 0 || !Character.isUpperCase(token.charAt(0))) {
        continue;
      }
      String qualifier = qualifier(tokens, i);
      if (qualifier != null) {
        // 17 bits of the qualifier's hash and 6 of the noun: ids stay below 2^23, keys below 2^63.
        ids.add((long) (qualifier.hashCode() & 0x1FFFF) << 6 | noun);
      }
    }
  }

  /** The nearest capitalised word before the noun that qualifies it, lower-cased; or null. */
  private static String qualifier(List<String> tokens, int noun) {
    for (int j = noun - 1; j >= 0 && j >= noun - REACH; j--) {
      String token = tokens.get(j);
      if (!Character.isUpperCase(token.charAt(0))) {
        return null;
      }
      String word = possessiveStripped(token.toLowerCase(Locale.ROOT));
      if (ENDS.contains(word)) {
        return null;
      }
      if (!SKIPPED.contains(word)) {
        return word;
      }
    }
    return null;
  }

  private static String possessiveStripped(String word) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  /** Without trailing full stops, apostrophes and hyphens (sentence ends, quotes). */
  private static String trim(String token) {
    int end = token.length();
    while (end > 1 && ".'’-".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(0, end);
  }
}
