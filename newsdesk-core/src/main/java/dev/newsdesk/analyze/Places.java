package dev.newsdesk.analyze;

import dev.newsdesk.internal.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The place gazetteer: country names in English from the JDK, and the team's list of places. */
final class Places {
  private static final Places SHARED = new Places();

  private final Set<String> keys = new HashSet<>();

  private Places() {
    for (String country : Locale.getISOCountries()) {
      keys.add(TextNormalizer.key(new Locale("", country).getDisplayCountry(Locale.ENGLISH)));
    }
    keys.add("russia");
    keys.add("syria");
    keys.add("turkey");
    keys.add("turkiye");
    keys.add("iran");
    keys.add("us");
    keys.add("u.s.");
    keys.add("uk");
    try (InputStream in = Places.class.getResourceAsStream("places.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> keys.add(TextNormalizer.key(l.strip())));
    } catch (IOException e) {
      throw new UncheckedIOException("places.txt could not be read", e);
    }
  }

  static Places shared() {
    return SHARED;
  }

  boolean isPlace(String name) {
    return keys.contains(TextNormalizer.key(name));
  }
}
