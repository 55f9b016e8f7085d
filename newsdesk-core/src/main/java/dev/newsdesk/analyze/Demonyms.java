package dev.newsdesk.analyze;

import dev.newsdesk.internal.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Countries by the word for their people and things ("Russian" for Russia), from the team's list in
 * {@code demonyms.txt}. Names and demonyms are held as {@link NameVariants#particleKey} keys, the
 * keys the entity merger groups spellings by.
 */
final class Demonyms {
  private static final Demonyms SHARED = new Demonyms();

  /** A demonym's key to the keys of every name of its country, the gazetteer's name first. */
  private final Map<String, List<String>> countries = new HashMap<>();

  private Demonyms() {
    ResourceLines.read(Demonyms.class, "demonyms.txt").forEach(this::add);
  }

  private void add(String line) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 2) {
      throw new IllegalStateException("demonyms.txt: not 'names<TAB>demonyms': " + line);
    }
    List<String> names = Stream.of(columns[0].split("\\|")).map(NameVariants::particleKey).toList();
    for (String demonym : columns[1].split(",")) {
      countries.put(NameVariants.particleKey(demonym), names);
    }
  }

  static Demonyms shared() {
    return SHARED;
  }

  /** The keys of the country's names when the key is a demonym's, else an empty list. */
  List<String> countryNames(String key) {
    return countries.getOrDefault(key, List.of());
  }
}
