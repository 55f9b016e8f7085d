package dev.newsdesk.claims;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Discrepancy;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values that articles of one story give differently for the same thing: the same noun counted with
 * different numbers in sentences that otherwise say the same (weighted word overlap, numbers
 * aside). Different things that merely look alike are told apart by both tests: "400 soldiers
 * withdrawn from Damascus" and "several thousand personnel moved to the bases" count different
 * nouns, and the second is no exact number at all. Copies are skipped: a copy cannot disagree.
 */
public final class DiscrepancyFinder {
  private static final double SAME_STATEMENT = 0.2;

  /** Same thing, counted under another noun: the counted noun's class, where it has one. */
  private static final double SAME_CLASS_STATEMENT = 0.2;

  private static final Map<String, String> NOUN_CLASS =
      Map.ofEntries(
          Map.entry("resid", "people"),
          Map.entry("peopl", "people"),
          Map.entry("person", "people"),
          Map.entry("civilian", "people"),
          Map.entry("inhabit", "people"),
          Map.entry("evacue", "people"),
          Map.entry("villag", "people"),
          Map.entry("soldier", "troops"),
          Map.entry("troop", "troops"),
          Map.entry("servicemen", "troops"),
          Map.entry("personnel", "troops"));

  private record Counted(
      ArticleId article, String value, String noun, String nounStem, Set<String> terms) {}

  /**
   * Whether two counts are of the same thing: the same noun in sentences that otherwise say the
   * same, or nouns of one class ("residents", "people") in sentences that share their telling words
   * more loosely (other words differ when the noun does).
   */
  private static boolean sameThing(Counted a, Counted b, StoryVocabulary vocabulary) {
    double likeness = vocabulary.similarity(a.terms(), b.terms());
    if (a.nounStem().equals(b.nounStem())) {
      return likeness >= SAME_STATEMENT;
    }
    String classA = NOUN_CLASS.get(a.nounStem());
    return classA != null
        && classA.equals(NOUN_CLASS.get(b.nounStem()))
        && likeness >= SAME_CLASS_STATEMENT;
  }

  private static void add(
      Map<String, Set<ArticleId>> variants, Map<String, String> nouns, Counted counted) {
    variants.computeIfAbsent(counted.value(), v -> new LinkedHashSet<>()).add(counted.article());
    nouns.putIfAbsent(counted.value(), counted.noun());
  }

  /**
   * What a count counts, as a key: its noun's class where it has one, else the noun. Two counts are
   * of one kind (the same noun, or nouns of one class) exactly when their keys are equal.
   */
  private static String kind(Counted c) {
    String nounClass = NOUN_CLASS.get(c.nounStem());
    return nounClass != null ? "class " + nounClass : "noun " + c.nounStem();
  }

  /** A copy gives the value its original gives. */
  private static List<ArticleId> withCopies(Set<ArticleId> articles, List<StoryMember> members) {
    Set<ArticleId> all = new LinkedHashSet<>(articles);
    for (StoryMember m : members) {
      if (m.isCopy() && articles.contains(m.duplicateOf())) {
        all.add(m.id());
      }
    }
    return List.copyOf(all);
  }

  public List<Discrepancy> find(List<StoryMember> members) {
    StoryVocabulary wholeStory = new StoryVocabulary();
    members.forEach(m -> m.article().sentences().forEach(s -> wholeStory.add(s.text())));
    return find(members, wholeStory);
  }

  /**
   * As {@link #find(List)}, with a vocabulary that has counted every sentence of the story's
   * members (copies too) already, as the brief's claims use it.
   */
  public List<Discrepancy> find(List<StoryMember> members, StoryVocabulary wholeStory) {
    List<Counted> counted = new ArrayList<>();
    // Counts of one kind (same noun, or nouns of one class) by their place in `counted`: only
    // those can be the same thing, so each is compared with its kind alone.
    Map<String, List<Integer>> byKind = new HashMap<>();
    for (StoryMember member : members) {
      if (member.isCopy()) {
        continue;
      }
      for (Sentence sentence : member.article().sentences()) {
        Set<String> terms = wholeStory.terms(sentence.text());
        for (Quantities.Quantity q : Quantities.find(sentence.text())) {
          Counted c = new Counted(member.id(), q.value(), q.noun(), q.nounStem(), terms);
          byKind.computeIfAbsent(kind(c), k -> new ArrayList<>()).add(counted.size());
          counted.add(c);
        }
      }
    }
    List<Discrepancy> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < counted.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      Counted seed = counted.get(i);
      List<Integer> sameKind = byKind.get(kind(seed));
      Map<String, Set<ArticleId>> variants = new LinkedHashMap<>();
      Map<String, String> nouns = new LinkedHashMap<>();
      add(variants, nouns, seed);
      for (int j : sameKind) {
        Counted other = counted.get(j);
        if (j > i
            && !other.article().equals(seed.article())
            && sameThing(seed, other, wholeStory)) {
          add(variants, nouns, other);
          used.add(j);
        }
      }
      if (variants.size() < 2) {
        continue;
      }
      // Every other article giving one of the values for a noun of the same kind carries it too.
      for (int j : sameKind) {
        Counted other = counted.get(j);
        if (variants.containsKey(other.value())) {
          add(variants, nouns, other);
          used.add(j);
        }
      }
      List<Discrepancy.Variant> list = new ArrayList<>();
      variants.forEach(
          (value, articles) ->
              list.add(
                  new Discrepancy.Variant(
                      value + " " + nouns.get(value), withCopies(articles, members))));
      found.add(
          new Discrepancy(
              "number of "
                  + String.join(" / ", Set.copyOf(nouns.values()).stream().sorted().toList()),
              list));
    }
    return found;
  }
}
