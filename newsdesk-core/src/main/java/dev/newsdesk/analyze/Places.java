package dev.newsdesk.analyze;

import dev.newsdesk.internal.ResourceLines;
import dev.newsdesk.internal.TextNormalizer;
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
    ResourceLines.read(Places.class, "places.txt").forEach(l -> keys.add(TextNormalizer.key(l)));
  }

  static Places shared() {
    return SHARED;
  }

  boolean isPlace(String name) {
    return keys.contains(TextNormalizer.key(name));
  }
}
