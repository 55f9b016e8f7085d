package dev.newsdesk.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that published a text from how it speaks of itself: its copyright footer, its
 * donation ask ("support the Kyiv Independent"), its newsletter promo ("Editor of the FT").
 *
 * <p>Only boilerplate lines are searched, never the article's sentences, so that an outlet the
 * report cites ("CNN Turk reported") is not mistaken for the one that published it.
 */
public final class OutletFinder {
  private static final String NAME =
      "((?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*){0,4})";
  private static final List<Pattern> SELF_REFERENCES =
      List.of(
          Pattern.compile("(?:\u00A9|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*[,-]?\\s*)?" + NAME),
          Pattern.compile("\\bsupport\\s+" + NAME),
          Pattern.compile("\\beditor of\\s+" + NAME, Pattern.CASE_INSENSITIVE));
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:'\u2019-]+$");

  private final BoilerplateClassifier classifier = new BoilerplateClassifier();

  /** The outlet named by the first self-referring boilerplate line, if any. */
  public Optional<String> find(List<String> lines) {
    for (String line : lines) {
      if (!classifier.isBoilerplate(line)) {
        continue;
      }
      for (String sentence : line.split("(?<=[.!?])\\s+")) {
        Optional<String> outlet = selfReference(sentence);
        if (outlet.isPresent()) {
          return outlet;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> selfReference(String sentence) {
    for (Pattern pattern : SELF_REFERENCES) {
      Matcher m = pattern.matcher(sentence);
      if (m.find()) {
        String name =
            TRAILING_PUNCT.matcher(LEADING_THE.matcher(m.group(1)).replaceFirst("")).replaceAll("");
        if (name.length() >= 2 && !name.equalsIgnoreCase("us") && !name.matches("(?i)all|our")) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
