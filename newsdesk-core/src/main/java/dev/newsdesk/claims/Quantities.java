package dev.newsdesk.claims;

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
final class Quantities {
  record Quantity(String value, String noun, String nounStem) {}

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N},.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?"
              + "\\s+(?:[\\p{Ll}-]+\\s+)?([\\p{Ll}]{3,})\\b");
  private static final java.util.Set<String> NOT_COUNTED =
      java.util.Set.of(
          "percent", "am", "pm", "and", "or", "to", "of", "in", "on", "at", "for", "the", "years",
          "year", "was", "were", "is", "are", "has", "have");

  private Quantities() {}

  static List<Quantity> find(String sentence) {
    List<Quantity> found = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    Matcher m = QUANTITY.matcher(sentence);
    while (m.find()) {
      String noun = m.group(3).toLowerCase(Locale.ROOT);
      if (NOT_COUNTED.contains(noun)) {
        continue;
      }
      String value = m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
      found.add(new Quantity(value, noun, stemmer.stem(noun)));
    }
    return found;
  }
}
