package dev.newsdesk.claims;

import dev.newsdesk.internal.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Counted things in a sentence: "1,200 residents", "at least 400 soldiers", "3.5 million euros". A
 * quantity is a number and the noun it counts; vague amounts ("several thousand") are not
 * quantities, so they never disagree with exact ones.
 */
public final class Quantities {
  /** A number and the noun it counts, with the noun's stem for comparing. */
  public record Quantity(String value, String noun, String nounStem) {}

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N},.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?"
              + "\\s+(?:([\\p{Ll}-]+)\\s+)?([\\p{Ll}]{3,})\\b");
  private static final java.util.Set<String> NOT_COUNTED =
      java.util.Set.of(
          "percent", "am", "pm", "and", "or", "to", "of", "in", "on", "at", "for", "the", "years",
          "year", "was", "were", "is", "are", "has", "have");

  private static final Pattern ADJECTIVE =
      Pattern.compile(
          "(?:al|ic|ive|ous|ed|ing|ish|ian|ful|less|able|ible|ary|ern)$|^(?:more|new|other|additional|extra|further|former|senior|junior|key|top|main|major|minor)$");

  private Quantities() {}

  /** Whether two lists count the same thing with different numbers. */
  public static boolean disagree(List<Quantity> a, List<Quantity> b) {
    for (Quantity qa : a) {
      for (Quantity qb : b) {
        if (qa.nounStem().equals(qb.nounStem()) && !qa.value().equals(qb.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The quantities of a sentence, in order. */
  public static List<Quantity> find(String sentence) {
    List<Quantity> found = new ArrayList<>();
    if (!Literals.hasAsciiDigit(sentence)) {
      // Every match starts with \\d, which (without UNICODE_CHARACTER_CLASS) is [0-9]: a sentence
      // without one has no quantity, and most sentences have none (profiled: a tenth of the brief).
      return found;
    }
    PorterStemmer stemmer = new PorterStemmer();
    Matcher m = QUANTITY.matcher(sentence);
    while (m.find()) {
      // "1,200 residents were", "1,400 people left": the first word is the noun, unless it
      // reads as an adjective ("3 million registered users", "26 fire engines" stays "fire").
      String first = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
      String noun =
          first != null && !NOT_COUNTED.contains(first) && !ADJECTIVE.matcher(first).find()
              ? first
              : m.group(4).toLowerCase(Locale.ROOT);
      if (NOT_COUNTED.contains(noun) || noun.contains("-")) {
        continue;
      }
      String value = m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
      found.add(new Quantity(value, noun, stemmer.stem(noun)));
    }
    return found;
  }
}
