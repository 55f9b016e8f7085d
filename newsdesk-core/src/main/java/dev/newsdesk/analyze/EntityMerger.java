package dev.newsdesk.analyze;

import dev.newsdesk.model.Entity;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the name mentions of a story into entities with a canonical name and aliases.
 *
 * <p>Design decision: spelling, then story context, each as a gate rather than one weighted sum.
 * Spellings merge by {@link NameVariants#sameName} (particle key, transliteration skeleton and
 * string distance, token by token). Context then decides what spelling alone cannot: a lone surname
 * ("Peskov", "Assad") joins the person's full name it ends only when that is unambiguous in the
 * story (one full name ends with it, or one is mentioned at least three times as often as any
 * other); a lone given name typed as a person's ("President Bashar") joins the one person's name it
 * begins; an acronym ("HTS") joins the one multiword name whose initials it spells, and only when
 * both appear. Two known places never merge however alike they look. A weighted score was rejected
 * because a single near-miss (Bashar / Hafez al-Assad) must never be outvoted by two agreeing
 * tokens. The canonical name is the most frequent spelling. Stateless and thread-safe.
 */
public final class EntityMerger {
  private static final int DOMINANCE = 3;
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\p{Lu}{2,6}");
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['\u2019]s$");

  private static final class Group {
    final String key;
    final NameVariants.Folded folded;
    final boolean place;
    final boolean demonym;
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);

    /** Spellings that joined as the country's demonym: never its canonical name. */
    final Set<String> demonyms = new HashSet<>();

    int mentions;

    Group(String key) {
      this.key = key;
      this.folded = NameVariants.Folded.of(key);
      this.place = Places.shared().isPlace(key);
      this.demonym = !Demonyms.shared().countryNames(key).isEmpty();
    }

    void add(EntityMention m) {
      spellings.merge(POSSESSIVE.matcher(m.text()).replaceFirst(""), 1, Integer::sum);
      types.merge(m.type(), 1, Integer::sum);
      mentions++;
    }

    void absorb(Group other) {
      other.spellings.forEach((s, n) -> spellings.merge(s, n, Integer::sum));
      other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
      mentions += other.mentions;
    }
  }

  public List<Entity> merge(List<EntityMention> mentions) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    // A story names the same few things many times: each distinct spelling is folded once.
    Map<String, String> keys = new HashMap<>();
    for (EntityMention m : mentions) {
      String key = keys.computeIfAbsent(m.text(), NameVariants::particleKey);
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, Group::new).add(m);
      }
    }
    List<Group> groups = new ArrayList<>(byKey.values());
    groups.sort(Comparator.comparingInt((Group g) -> -g.mentions).thenComparing(g -> g.key));
    List<Group> merged = new ArrayList<>();
    // Spellings of one name have as many words: each group is compared only with those that do.
    Map<Integer, SameLength> byWords = new HashMap<>();
    for (Group group : groups) {
      SameLength sameLength =
          byWords.computeIfAbsent(group.folded.tokens().size(), n -> new SameLength());
      Group target = sameLength.spellingMatch(group);
      if (target == null) {
        merged.add(group);
        sameLength.add(group);
      } else {
        target.absorb(group);
      }
    }
    // Multiword names by their last word and by their initials, looked up by each lone word
    // (profiled: scanning every name for every lone word was a third of a large story's brief).
    Map<String, List<Group>> byLastWord = new HashMap<>();
    Map<String, List<Group>> byInitials = new HashMap<>();
    Map<String, List<Group>> peopleByFirstWord = new HashMap<>();
    for (Group g : merged) {
      int space = g.key.lastIndexOf(' ');
      if (space >= 0) {
        byLastWord.computeIfAbsent(g.key.substring(space + 1), k -> new ArrayList<>()).add(g);
        byInitials.computeIfAbsent(NameVariants.initials(g.key), k -> new ArrayList<>()).add(g);
        if (dominantType(g) == EntityType.PERSON) {
          peopleByFirstWord
              .computeIfAbsent(g.key.substring(0, g.key.indexOf(' ')), k -> new ArrayList<>())
              .add(g);
        }
      }
    }
    List<Group> result = new ArrayList<>();
    for (Group group : merged) {
      Group full = null;
      if (!group.key.contains(" ")) {
        full = fullNameFor(byLastWord.getOrDefault(group.key, List.of()), group);
        if (full == null && writtenAsAcronym(group)) {
          full = onlyOne(byInitials.getOrDefault(group.key, List.of()));
        }
        if (full == null && dominantType(group) == EntityType.PERSON) {
          // A given name marked as a person's ("President Bashar …" where a snippet was cut)
          // joins the one person of the story it begins; two Vladimirs leave it alone.
          full = onlyOne(peopleByFirstWord.getOrDefault(group.key, List.of()));
        }
      }
      if (full == null) {
        result.add(group);
      } else {
        full.absorb(group);
      }
    }
    joinDemonymsToCountries(result);
    return result.stream()
        .sorted(Comparator.comparingInt((Group g) -> -g.mentions).thenComparing(g -> g.key))
        .map(EntityMerger::toEntity)
        .toList();
  }

  /**
   * The names of one word count merged so far, with their first tokens' letters and lengths in flat
   * arrays: a large story compares hundreds of names with hundreds, and most pairs are told apart
   * by those two numbers without reaching the names themselves.
   */
  private static final class SameLength {
    final List<Group> groups = new ArrayList<>();
    long[] firstLetters = new long[16];
    int[] firstLengths = new int[16];

    void add(Group group) {
      int i = groups.size();
      if (i == firstLetters.length) {
        firstLetters = java.util.Arrays.copyOf(firstLetters, i * 2);
        firstLengths = java.util.Arrays.copyOf(firstLengths, i * 2);
      }
      firstLetters[i] = group.folded.firstLetters();
      firstLengths[i] = group.folded.firstLength();
      groups.add(group);
    }

    Group spellingMatch(Group group) {
      long letters = group.folded.firstLetters();
      int length = group.folded.firstLength();
      for (int i = 0; i < groups.size(); i++) {
        if (!NameVariants.mayBeSameFirstToken(firstLetters[i], firstLengths[i], letters, length)) {
          continue;
        }
        Group candidate = groups.get(i);
        // A demonym is a word of the language, not a name spelled many ways: "Austrian" looks
        // like "Australia" and "Russian" like "Prussian", so it joins only its own country.
        boolean twoPlaces = candidate.place && group.place;
        boolean demonym = candidate.demonym || group.demonym;
        if (!twoPlaces && !demonym && candidate.folded.sameName(group.folded)) {
          return candidate;
        }
      }
      return null;
    }
  }

  /**
   * A demonym ("Russian", "Syrian") joins its country when the story names the country too: a brief
   * that lists "Russia" and "Russian" as two entities reads as two things. When the country goes by
   * several names in the story ("U.S.", "United States"), the most mentioned takes it. A demonym
   * whose country the story never names stays on its own.
   */
  private static void joinDemonymsToCountries(List<Group> groups) {
    Map<String, Group> byKey = new HashMap<>();
    groups.forEach(g -> byKey.put(g.key, g));
    groups.removeIf(
        group -> {
          Group country =
              Demonyms.shared().countryNames(group.key).stream()
                  .map(byKey::get)
                  .filter(g -> g != null && g != group)
                  .max(Comparator.comparingInt((Group g) -> g.mentions))
                  .orElse(null);
          if (country == null) {
            return false;
          }
          country.absorb(group);
          country.demonyms.addAll(group.spellings.keySet());
          return true;
        });
  }

  /** Whether one of the group's spellings is an acronym ("HTS"). */
  private static boolean writtenAsAcronym(Group group) {
    return group.spellings.keySet().stream().anyMatch(s -> ACRONYM.matcher(s).matches());
  }

  /**
   * The one multiword name whose initials an acronym spells ("HTS" for Hayat Tahrir al-Sham, with
   * particles and "of", "and" left out), or null when none or several do.
   */
  private static Group onlyOne(List<Group> candidates) {
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /**
   * The full name a lone surname stands for in the story, or null.
   *
   * @param endingWith the multiword names whose last word is the surname's key, in story order
   */
  private static Group fullNameFor(List<Group> endingWith, Group surname) {
    // A lone word joins a longer name only for people: "Sudan" is not "South Sudan". A lone word
    // with no type of its own ("Assad" where no title or verb marked it) is taken as the surname
    // when every name it ends is a person's and it is no known place.
    EntityType type = dominantType(surname);
    boolean surnameOfPeople =
        type == EntityType.PERSON
            || (type == EntityType.OTHER
                && !surname.place
                && endingWith.stream().allMatch(g -> dominantType(g) == EntityType.PERSON));
    if (endingWith.isEmpty() || !surnameOfPeople) {
      return null;
    }
    List<Group> fullNames = new ArrayList<>(endingWith);
    fullNames.sort(Comparator.comparingInt((Group g) -> -g.mentions));
    if (fullNames.size() == 1
        || fullNames.get(0).mentions >= DOMINANCE * fullNames.get(1).mentions) {
      return fullNames.get(0);
    }
    return null;
  }

  private static EntityType dominantType(Group group) {
    return group.types.entrySet().stream()
        .filter(e -> e.getKey() != EntityType.OTHER)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(EntityType.OTHER);
  }

  private static Entity toEntity(Group group) {
    EntityType type =
        group.types.entrySet().stream()
            .filter(e -> e.getKey() != EntityType.OTHER)
            .max(
                Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey)
            .orElse(EntityType.OTHER);
    String name =
        group.spellings.entrySet().stream()
            .max(
                Comparator.comparingInt(
                        (Map.Entry<String, Integer> e) ->
                            group.demonyms.contains(e.getKey()) ? 0 : 1)
                    .thenComparingInt(e -> preference(e.getKey(), type))
                    .thenComparing(Map.Entry::getValue)
                    .thenComparing(e -> e.getKey().length()))
            .orElseThrow()
            .getKey();
    List<String> aliases =
        group.spellings.keySet().stream().filter(s -> !s.equals(name)).sorted().toList();
    return new Entity(name, type, aliases, group.mentions);
  }

  /**
   * Which spelling names the entity best, before frequency: a place's own name over its adjective
   * ("Turkey" over "Turkish"), a person's full name over the surname alone.
   */
  private static int preference(String spelling, EntityType type) {
    if (type == EntityType.LOCATION) {
      return Places.shared().isPlace(spelling) ? 1 : 0;
    }
    if (type == EntityType.PERSON) {
      return spelling.contains(" ") ? 1 : 0;
    }
    return 0;
  }
}
