package dev.newsdesk.claims;

import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Discrepancy;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
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
  private static final double SAME_STATEMENT = 0.3;

  private record Counted(
      ArticleId article, String value, String noun, String nounStem, Set<String> terms) {}

  public List<Discrepancy> find(List<StoryMember> members) {
    StoryVocabulary vocabulary = new StoryVocabulary();
    List<Counted> counted = new ArrayList<>();
    for (StoryMember member : members) {
      for (Sentence sentence : member.article().sentences()) {
        Set<String> terms = vocabulary.add(sentence.text());
        if (member.isCopy()) {
          continue;
        }
        for (Quantities.Quantity q : Quantities.find(sentence.text())) {
          counted.add(new Counted(member.id(), q.value(), q.noun(), q.nounStem(), terms));
        }
      }
    }
    List<Discrepancy> found = new ArrayList<>();
    Set<Integer> used = new java.util.HashSet<>();
    for (int i = 0; i < counted.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      Counted seed = counted.get(i);
      Map<String, Set<ArticleId>> variants = new LinkedHashMap<>();
      variants.computeIfAbsent(seed.value(), v -> new LinkedHashSet<>()).add(seed.article());
      for (int j = i + 1; j < counted.size(); j++) {
        Counted other = counted.get(j);
        if (other.nounStem().equals(seed.nounStem())
            && !other.article().equals(seed.article())
            && vocabulary.similarity(seed.terms(), other.terms()) >= SAME_STATEMENT) {
          variants.computeIfAbsent(other.value(), v -> new LinkedHashSet<>()).add(other.article());
          used.add(j);
        }
      }
      if (variants.size() >= 2) {
        List<Discrepancy.Variant> list = new ArrayList<>();
        variants.forEach(
            (value, articles) ->
                list.add(
                    new Discrepancy.Variant(value + " " + seed.noun(), List.copyOf(articles))));
        found.add(new Discrepancy("number of " + seed.noun(), list));
      }
    }
    return found;
  }
}
