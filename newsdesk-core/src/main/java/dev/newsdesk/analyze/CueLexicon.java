package dev.newsdesk.analyze;

import dev.newsdesk.internal.ResourceLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that introduce reported content ("said", "according to", "pointed out"), every
 * inflection of the team's list {@code cue-verbs.txt}. Immutable and thread-safe.
 */
final class CueLexicon {
  private static final String RESOURCE = "cue-verbs.txt";
  private static final CueLexicon SHARED = read();

  /** Cue forms by their first word, lower case; each form as its words. */
  private final Map<String, List<String[]>> byFirstWord;

  private final Set<String> gerunds;

  /** Base and -s forms of cue verbs that are as often nouns ("the state", "his comments"). */
  private final Set<String> nounForms;

  private CueLexicon(
      Map<String, List<String[]>> byFirstWord, Set<String> gerunds, Set<String> nounForms) {
    this.byFirstWord = byFirstWord;
    this.gerunds = gerunds;
    this.nounForms = nounForms;
  }

  static CueLexicon shared() {
    return SHARED;
  }

  /** How many words of {@code lower} from {@code at} make a cue; 0 when none does. */
  int match(String[] lower, int at) {
    List<String[]> forms = byFirstWord.get(lower[at]);
    if (forms == null) {
      return 0;
    }
    int best = 0;
    for (String[] form : forms) {
      if (form.length > best && at + form.length <= lower.length && matchesAt(form, lower, at)) {
        best = form.length;
      }
    }
    return best;
  }

  /** A cue's -ing form ("adding", "saying"): it takes the subject of the clause before it. */
  boolean isGerund(String lowerWord) {
    return gerunds.contains(lowerWord);
  }

  /**
   * A form that is also a common noun ("states", "comments", "question"): the rules take it as a
   * verb only after a subject or an auxiliary.
   */
  boolean alsoNoun(String lowerWord) {
    return nounForms.contains(lowerWord);
  }

  private static boolean matchesAt(String[] form, String[] lower, int at) {
    for (int i = 0; i < form.length; i++) {
      if (!form[i].equals(lower[at + i])) {
        return false;
      }
    }
    return true;
  }

  private static CueLexicon read() {
    Map<String, List<String[]>> forms = new HashMap<>();
    Set<String> gerunds = new HashSet<>();
    Set<String> nounForms = new HashSet<>();
    for (String line : ResourceLines.read(CueLexicon.class, RESOURCE)) {
      String entry = line.toLowerCase(Locale.ROOT);
      if (entry.startsWith("=")) {
        add(forms, entry.substring(1));
        continue;
      }
      Inflections inflections = Inflections.parse(entry);
      for (String form : inflections.all()) {
        add(forms, form);
      }
      gerunds.add(inflections.ing());
      if (inflections.noun()) {
        nounForms.add(inflections.base());
        nounForms.add(inflections.s());
      }
    }
    forms.replaceAll((k, v) -> List.copyOf(v));
    return new CueLexicon(Map.copyOf(forms), Set.copyOf(gerunds), Set.copyOf(nounForms));
  }

  private static void add(Map<String, List<String[]>> forms, String form) {
    String[] words = form.split("\\s+");
    forms.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
  }

  /**
   * The forms of one verb line: base, -s, past, participle, -ing; a particle rides along. {@code
   * noun} marks a verb whose base and -s forms are common nouns too ("also=noun").
   */
  private record Inflections(
      String base, String s, String past, String part, String ing, String rest, boolean noun) {
    static Inflections parse(String entry) {
      String[] fields = entry.split("\\s+");
      int words = 1;
      while (words < fields.length && !fields[words].contains("=")) {
        words++;
      }
      String base = fields[0];
      String rest = String.join(" ", java.util.Arrays.copyOfRange(fields, 1, words));
      String past = regularPast(base);
      String part = null;
      String ing = regularIng(base);
      boolean noun = false;
      for (int i = words; i < fields.length; i++) {
        String[] kv = fields[i].split("=", 2);
        switch (kv[0]) {
          case "past" -> past = kv[1];
          case "part" -> part = kv[1];
          case "ing" -> ing = kv[1];
          case "also" -> noun = kv[1].equals("noun");
          default -> throw new IllegalStateException(RESOURCE + ": unknown field " + fields[i]);
        }
      }
      return new Inflections(
          base, thirdPerson(base), past, part == null ? past : part, ing, rest, noun);
    }

    List<String> all() {
      return java.util.stream.Stream.of(base, s, past, part, ing)
          .distinct()
          .map(w -> rest.isEmpty() ? w : w + " " + rest)
          .toList();
    }

    private static String thirdPerson(String base) {
      if (base.matches(".*(s|sh|ch|x|z|o)")) {
        return base + "es";
      }
      return base.matches(".*[^aeiou]y")
          ? base.substring(0, base.length() - 1) + "ies"
          : base + "s";
    }

    private static String regularPast(String base) {
      if (base.endsWith("e")) {
        return base + "d";
      }
      return base.matches(".*[^aeiou]y")
          ? base.substring(0, base.length() - 1) + "ied"
          : base + "ed";
    }

    private static String regularIng(String base) {
      return base.endsWith("e") && !base.endsWith("ee")
          ? base.substring(0, base.length() - 1) + "ing"
          : base + "ing";
    }
  }
}
