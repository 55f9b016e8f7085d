package dev.newsdesk.dedup;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points every copy at the earliest-published article of its copy group. In a stream a copy is
 * first linked to whatever arrived before it; once the story is briefed, the original is the one
 * published first (ties, or no dates: the one that arrived first), whatever the arrival order.
 */
public final class CopyGroups {
  private CopyGroups() {}

  /** The members in the same order, each copy's {@code duplicateOf} moved to its group's root. */
  public static List<StoryMember> rootAtEarliest(List<StoryMember> members) {
    Map<ArticleId, StoryMember> byId = new HashMap<>();
    Map<ArticleId, Integer> arrival = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      byId.put(members.get(i).id(), members.get(i));
      arrival.put(members.get(i).id(), i);
    }
    Map<ArticleId, List<StoryMember>> groups = new HashMap<>();
    for (StoryMember m : members) {
      groups.computeIfAbsent(streamRoot(m, byId), r -> new ArrayList<>()).add(m);
    }
    // By day first. Within a day, a copy whose time is known precedes one known only by its date:
    // the latter may have appeared at any hour of that day.
    Comparator<StoryMember> earliest =
        Comparator.comparing(
                (StoryMember m) -> m.article().article().published(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                m -> m.article().article().publishedAt(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> arrival.get(m.id()));
    Map<ArticleId, ArticleId> root = new HashMap<>();
    for (List<StoryMember> group : groups.values()) {
      ArticleId first = group.stream().min(earliest).orElseThrow().id();
      group.forEach(m -> root.put(m.id(), first));
    }
    List<StoryMember> result = new ArrayList<>(members.size());
    for (StoryMember m : members) {
      ArticleId r = root.get(m.id());
      result.add(new StoryMember(m.article(), r.equals(m.id()) ? null : r));
    }
    return result;
  }

  private static ArticleId streamRoot(StoryMember member, Map<ArticleId, StoryMember> byId) {
    StoryMember current = member;
    for (int hops = 0; current.isCopy() && hops < byId.size(); hops++) {
      StoryMember next = byId.get(current.duplicateOf());
      if (next == null) {
        return current.duplicateOf();
      }
      current = next;
    }
    return current.id();
  }
}
