package dev.newsdesk.claims;

import dev.newsdesk.internal.TextNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source as written ("the Russian state news agency TASS", "Kremlin spokesperson Dmitry
 * Peskov", "Ukraine's military intelligence (HUR)") into the name it is known by, and a key under
 * which spellings of one name meet ("CNN Türk", "CNN Turk").
 */
final class OriginNames {
  private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\((\\p{Lu}{2,8})\\)");

  /**
   * The run of capitalised words that ends a source, with the particles and the "of", "for the"
   * that join a name's words (the Centre for the Study of River Towns, the Ministry of Harbours).
   */
  private static final Pattern TRAILING_NAME =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*)(?:\\s+(?:al-|al |bin |de |(?:of|for)(?: the)? )?\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*)*)\\s*$");

  private static final Pattern JOINED = Pattern.compile("\\s(?:of|for)\\s");
  private static final Pattern CITING = Pattern.compile("(?i),?\\s*citing\\b.*$");
  private static final Pattern LEADING = Pattern.compile("(?i)^(the|a|an)\\s+");

  /**
   * An appositive or participle after the name: "Brightmoor Software, the company behind the app,",
   * "the new authorities, represented by the prime minister,".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(",\\s+(?:the|a|an|\\p{Ll}+ed|\\p{Ll}+ing)\\s.*$|,\\s*$");

  /**
   * A person with the body they speak for: "Ilse Marrow, a threat researcher at the security firm
   * Threatlane," and "Ana Petrov, a spokeswoman for the Ministry of Harbours".
   */
  private static final Pattern AFFILIATED =
      Pattern.compile(
          "^(.+?),\\s+(?:a|an|the)\\s+[^,]*?\\b(?:at|of|for|with)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)*"
              + "(\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*(?:\\s+(?:(?:of|for)(?: the)? )?\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*)*)\\s*,?$");

  /** A day is when something was said, never who said it ("images from Saturday show…"). */
  private static final Pattern TIME_WORD =
      Pattern.compile(
          "(?i)(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow)");

  /** A name followed by what it published: "a Norda Press Agency poll", "a TASS report". */
  private static final Pattern NAME_THEN_DOCUMENT =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*)*)\\s+(?:poll|survey|report|reports|statement|count|analysis|data|figures|review)$");

  /** Sources that name no one ("Russian media", "military bloggers"), which cannot be a root. */
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)^(?:[\\p{L}-]+\\s+){0,3}(media|press|reports|sources|source|officials|bloggers|outlets|channels|analysts|experts|observers|residents|witnesses|researchers)$"
              + "|(?i)^(?:the\\s+)?(company|firm|authority|ministry|bank|council|government|police|agency|channel|outlet|newspaper|group|office|spokesman|spokeswoman|spokesperson|statement|he|she|they|it)$");

  private OriginNames() {}

  /**
   * A generic source repeats what a named one reported: where a claim has a named origin, the
   * generic ones add no independent source.
   */
  static boolean isGeneric(String origin) {
    return GENERIC.matcher(origin.strip()).matches() || namesNoOne(origin.strip());
  }

  /**
   * A source with no capitalised word ("engineers", "inspectors who examined the pier") describes
   * who spoke without naming them: it cannot be a root beside a named one.
   */
  private static boolean namesNoOne(String origin) {
    return !origin.isEmpty() && origin.codePoints().noneMatch(Character::isUpperCase);
  }

  /** "Satellite images from Saturday": the day says when, the words before it say who. */
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "(?i)\\s+(?:from|on|since)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$");

  /** Whether a source as written is only a day: an analysis slip, not a source. */
  static boolean isTimeWord(String source) {
    return TIME_WORD.matcher(source.strip()).matches();
  }

  static String display(String source) {
    String text = CITING.matcher(source.strip()).replaceFirst("");
    Matcher affiliated = AFFILIATED.matcher(text);
    if (affiliated.matches()) {
      String person = display(affiliated.group(1));
      String body = affiliated.group(2);
      return person.equals(body) ? person : person + " (" + body + ")";
    }
    text = APPOSITIVE.matcher(text).replaceFirst("").strip();
    text = TRAILING_TIME.matcher(text).replaceFirst("");
    Matcher acronym = ACRONYM_IN_PARENS.matcher(text);
    if (acronym.find()) {
      String before = text.substring(0, acronym.start()).strip();
      return LEADING.matcher(before).replaceFirst("") + " (" + acronym.group(1) + ")";
    }
    Matcher document = NAME_THEN_DOCUMENT.matcher(text);
    if (document.find()) {
      return document.group(1).strip();
    }
    Matcher name = TRAILING_NAME.matcher(text);
    if (name.find() && !name.group(1).isBlank()) {
      String found = name.group(1).strip();
      // "The Hill" is a name as written; in "The Institute for the Study of War" the capital of
      // "The" only opens the sentence.
      return JOINED.matcher(found).find() ? LEADING.matcher(found).replaceFirst("") : found;
    }
    return LEADING.matcher(text).replaceFirst("");
  }

  static String key(String source) {
    return keyOfDisplayed(display(source));
  }

  /** {@link #key} of a source already through {@link #display}. */
  static String keyOfDisplayed(String displayed) {
    return TextNormalizer.wordKey(displayed);
  }
}
