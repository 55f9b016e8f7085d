package dev.newsdesk.analyze;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each attribution's source to the merged entity it names: "Peskov said" gets the canonical
 * name "Dmitry Peskov" when the entities of the article (or of the story, when called with those)
 * merged "Peskov" into him. Stateless and thread-safe.
 *
 * <p>Design decision: a source is linked through the name mentions inside its span, longest first
 * ("Kremlin spokesman Dmitry Peskov" holds the mention "Dmitry Peskov"), then, for a source that
 * refers back ("he", "the channel"), through the name it was resolved to. A name is looked up by
 * its particle key ({@link NameVariants#particleKey}) among every entity's name and aliases; a key
 * that two entities share links to neither, since a wrong link is worse than none.
 */
public final class AttributionLinker {

  /**
   * The attributions with {@link Attribution#sourceEntity()} set where a source names one of the
   * entities; the others are returned as they were. {@code mentions} are the name mentions of the
   * article the attributions come from.
   */
  public List<Attribution> link(
      List<Attribution> attributions, List<EntityMention> mentions, List<Entity> entities) {
    if (attributions.isEmpty() || entities.isEmpty()) {
      return attributions;
    }
    Map<String, Entity> byKey = index(entities);
    List<EntityMention> byStart = new ArrayList<>(mentions);
    byStart.sort(Comparator.comparing(EntityMention::span));
    int[] starts = byStart.stream().mapToInt(m -> m.span().start()).toArray();
    List<Attribution> linked = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      Entity entity =
          a.source() == null ? null : entityOf(a, inside(a.source(), byStart, starts), byKey);
      linked.add(entity == null ? a : a.withSourceEntity(entity.name()));
    }
    return List.copyOf(linked);
  }

  /** The mentions inside a source span, longest first; found by binary search, not a scan. */
  private static List<EntityMention> inside(
      Span source, List<EntityMention> byStart, int[] starts) {
    int i = Arrays.binarySearch(starts, source.start());
    if (i < 0) {
      i = -i - 1;
    }
    while (i > 0 && starts[i - 1] == source.start()) {
      i--;
    }
    List<EntityMention> found = new ArrayList<>();
    for (; i < starts.length && starts[i] < source.end(); i++) {
      if (source.contains(byStart.get(i).span())) {
        found.add(byStart.get(i));
      }
    }
    found.sort(Comparator.comparingInt((EntityMention m) -> -m.span().length()));
    return found;
  }

  private static Entity entityOf(
      Attribution a, List<EntityMention> longestFirst, Map<String, Entity> byKey) {
    String named = a.sourceText();
    int comma = named == null ? -1 : named.indexOf(',');
    if (comma > 0) {
      // "Ilse Marrow, a researcher at Threatlane,": the name stands before the appositive, and a
      // name inside the appositive (Threatlane) is someone else.
      Entity before = lookUp(NameVariants.particleKey(named.substring(0, comma)), byKey);
      if (before != null) {
        return before;
      }
    }
    for (EntityMention m : longestFirst) {
      // A back-reference resolved to another name ("the Harwick company" to "Tallow Robotics")
      // is linked through that name, not through a word of the phrase written.
      if (named != null && !named.contains(m.text())) {
        continue;
      }
      Entity e = lookUp(NameVariants.particleKey(m.text()), byKey);
      if (e != null) {
        return e;
      }
    }
    return named == null ? null : lookUp(NameVariants.particleKey(named), byKey);
  }

  /**
   * By key, or a lone word by the one longer name that ends with it: someone who speaks is a person
   * or an organisation, so "Varga said" names "Ilse Varga" when no other name in the article ends
   * in "Varga", even where the merger, unsure of the type, kept the two apart.
   */
  private static Entity lookUp(String key, Map<String, Entity> byKey) {
    if (key.isEmpty()) {
      return null;
    }
    Entity exact = byKey.get(key);
    if (key.contains(" ")) {
      return exact;
    }
    Entity longer = null;
    for (Map.Entry<String, Entity> e : byKey.entrySet()) {
      if (e.getKey().endsWith(" " + key) && e.getValue() != exact) {
        if (longer != null && longer != e.getValue()) {
          return exact;
        }
        longer = e.getValue();
      }
    }
    return longer != null ? longer : exact;
  }

  private static Map<String, Entity> index(List<Entity> entities) {
    Map<String, Entity> byKey = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Entity e : entities) {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(e.name());
      for (String name : names) {
        String key = NameVariants.particleKey(name);
        if (key.isEmpty()) {
          continue;
        }
        Entity before = byKey.putIfAbsent(key, e);
        if (before != null && before != e) {
          shared.add(key);
        }
      }
    }
    shared.forEach(byKey::remove);
    return byKey;
  }
}
