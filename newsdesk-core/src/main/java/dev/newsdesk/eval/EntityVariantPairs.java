package dev.newsdesk.eval;

import dev.newsdesk.analyze.EntityMerger;
import dev.newsdesk.internal.ResourceLines;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The team's name-variant test set ({@code entity-variant-pairs.tsv}): pairs of spellings that must
 * merge into one entity and pairs that must stay apart, scored through {@link EntityMerger} as a
 * story of two mentions would be. Stateless and thread-safe.
 */
public final class EntityVariantPairs {
  private static final String RESOURCE = "entity-variant-pairs.tsv";

  /** One pair of the set and whether the two names are one entity. */
  public record Pair(String first, String second, boolean sameEntity, EntityType type) {
    public Pair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A scored pair: what the merger did with it. */
  public record Verdict(Pair pair, boolean merged) {
    public boolean correct() {
      return merged == pair.sameEntity();
    }
  }

  private EntityVariantPairs() {}

  /** The pairs of the set, in file order. */
  public static List<Pair> pairs() {
    return ResourceLines.read(EntityVariantPairs.class, RESOURCE, EntityVariantPairs::parse);
  }

  private static Pair parse(String line, int lineNumber) {
    String[] cols = line.split("\t");
    if (cols.length != 4 || !List.of("merge", "apart").contains(cols[2])) {
      throw new IllegalStateException(
          RESOURCE + " line " + lineNumber + ": want name, name, merge|apart, kind");
    }
    EntityType type =
        switch (cols[3].toLowerCase(Locale.ROOT)) {
          case "person" -> EntityType.PERSON;
          case "place" -> EntityType.LOCATION;
          case "org" -> EntityType.ORGANIZATION;
          default ->
              throw new IllegalStateException(
                  RESOURCE + " line " + lineNumber + ": unknown kind " + cols[3]);
        };
    return new Pair(cols[0], cols[1], cols[2].equals("merge"), type);
  }

  /** Whether the merger puts the two names of each pair into one entity. */
  public static List<Verdict> score(List<Pair> pairs) {
    EntityMerger merger = new EntityMerger();
    List<Verdict> verdicts = new ArrayList<>();
    for (Pair p : pairs) {
      List<EntityMention> mentions =
          List.of(
              new EntityMention(new Span(0, p.first().length()), p.first(), p.type(), 0),
              new EntityMention(new Span(0, p.second().length()), p.second(), p.type(), 1));
      verdicts.add(new Verdict(p, merger.merge(mentions).size() == 1));
    }
    return verdicts;
  }

  /** Precision and recall of merging: a merge of a must-not pair is a false positive. */
  public static PrecisionRecall precisionRecall(List<Verdict> verdicts) {
    int predicted = 0;
    int truePositives = 0;
    int gold = 0;
    for (Verdict v : verdicts) {
      predicted += v.merged() ? 1 : 0;
      gold += v.pair().sameEntity() ? 1 : 0;
      truePositives += v.merged() && v.pair().sameEntity() ? 1 : 0;
    }
    return new PrecisionRecall(predicted, truePositives, gold, truePositives);
  }
}
