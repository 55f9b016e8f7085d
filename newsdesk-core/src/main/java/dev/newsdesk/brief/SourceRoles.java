package dev.newsdesk.brief;

import dev.newsdesk.claims.WireCredit;
import dev.newsdesk.claims.WireCreditFinder;
import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Evidence;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The sources table of a brief: each outlet of the story's articles and each origin its claims
 * trace to, with its role (an origin of at least one claim, a repeater of others' reports, or its
 * own report when it cites no one) and what it cites. The same rows are the nodes and edges of the
 * provenance graph.
 *
 * <p>An article's outlet is the agency it credits, else its metadata's outlet, else its citation
 * label, so an article whose outlet is unknown still appears (as itself). Deterministic.
 */
final class SourceRoles {
  /** Whether a source is where claims start, passes on what others reported, or cites no one. */
  enum Role {
    ORIGIN("origin"),
    REPEATER("repeater"),
    /** Cites no one and no claim of the brief starts with it: what it says, it says itself. */
    OWN_REPORT("own report");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * One row: a source, its role, the origins it cites and the articles that are its own.
   *
   * @param cites origins of claims its articles carry, other than itself
   */
  record Row(String name, Role role, List<String> cites, List<ArticleId> articles) {
    Row {
      cites = List.copyOf(cites);
      articles = List.copyOf(articles);
    }
  }

  private SourceRoles() {}

  static List<Row> of(Brief brief, Function<ArticleId, String> unknownOutlet) {
    WireCreditFinder credits = new WireCreditFinder();
    Map<ArticleId, String> outletOf = new LinkedHashMap<>();
    for (StoryMember m : brief.articles()) {
      String outlet =
          credits
              .find(m.article().article())
              .map(WireCredit::agency)
              .orElse(m.article().article().source());
      outletOf.put(
          m.id(), outlet != null && !outlet.isBlank() ? outlet : unknownOutlet.apply(m.id()));
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> cites = new LinkedHashMap<>();
    Map<String, List<ArticleId>> articles = new LinkedHashMap<>();
    Set<String> origins = new LinkedHashSet<>();
    outletOf.forEach(
        (id, outlet) -> {
          String key = key(outlet);
          names.putIfAbsent(key, outlet);
          articles.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
          cites.computeIfAbsent(key, k -> new LinkedHashSet<>());
        });
    for (Claim claim : brief.claims()) {
      if (claim.origin() == null) {
        // No article names a source, and the earliest carrier's outlet is unknown: that article
        // is where the claim starts.
        ArticleId first = earliest(brief, claim);
        origins.add(key(outletOf.getOrDefault(first, first.value())));
        continue;
      }
      List<String> roots = List.of(claim.origin().split("; "));
      for (String origin : roots) {
        String originKey = known(key(origin), names.keySet());
        origins.add(originKey);
        names.putIfAbsent(originKey, origin);
        cites.computeIfAbsent(originKey, k -> new LinkedHashSet<>());
        for (ArticleId id : claim.reportedBy()) {
          String outletKey = key(outletOf.getOrDefault(id, id.value()));
          if (!outletKey.equals(originKey) && carriesFrom(brief, claim, id, origin, roots)) {
            cites.computeIfAbsent(outletKey, k -> new LinkedHashSet<>()).add(originKey);
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    names.forEach(
        (key, name) ->
            rows.add(
                new Row(
                    name,
                    origins.contains(key)
                        ? Role.ORIGIN
                        : cites.get(key).isEmpty() ? Role.OWN_REPORT : Role.REPEATER,
                    cites.get(key).stream().map(names::get).toList(),
                    articles.getOrDefault(key, List.of()))));
    return rows;
  }

  /**
   * Whether an article carries a claim from one of its roots. With one root, every carrier does.
   * With several (two sources found the same thing), an article carries it from the roots that its
   * sentences of the claim name, and from all of them only when they name none: The Circuit Review,
   * quoting Threatlane's researcher, does not cite The Meridian Ledger's own review of the same
   * listing because the two were grouped as one claim.
   */
  private static boolean carriesFrom(
      Brief brief, Claim claim, ArticleId article, String root, List<String> roots) {
    if (roots.size() < 2) {
      return true;
    }
    Set<String> words = new LinkedHashSet<>();
    for (StoryMember m : brief.articles()) {
      if (!m.id().equals(article)) {
        continue;
      }
      for (Evidence e : claim.evidence()) {
        if (!e.articleId().equals(article)) {
          continue;
        }
        for (Sentence s : m.article().sentences()) {
          if (s.span().start() < e.span().end() && e.span().start() < s.span().end()) {
            words.addAll(List.of(key(s.text()).split(" ")));
          }
        }
      }
    }
    boolean namesAny = roots.stream().anyMatch(r -> names(words, r));
    return !namesAny || names(words, root);
  }

  /**
   * Whether words name a root: all the words of its name, or of the body in its brackets ("Ilse
   * Marrow" or "Threatlane" for "Ilse Marrow (Threatlane)").
   */
  private static boolean names(Set<String> words, String root) {
    for (String part : root.split("[(),]")) {
      String name = key(part);
      if (!name.isEmpty() && words.containsAll(List.of(name.split(" ")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim's carrier published first; among the same day, the first in the story. For a claim no
   * article attributes, that article is where it starts.
   */
  static ArticleId earliest(Brief brief, Claim claim) {
    Set<ArticleId> carriers = Set.copyOf(claim.reportedBy());
    return brief.articles().stream()
        .filter(m -> carriers.contains(m.id()))
        .min(
            Comparator.comparing(
                (StoryMember m) -> m.article().article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())))
        .map(StoryMember::id)
        .orElse(claim.reportedBy().get(0));
  }

  /** A name already in the table that has the same words, or all of another's ("Valchuk"). */
  private static String known(String key, Set<String> keys) {
    List<String> words = List.of(key.split(" "));
    for (String other : keys) {
      List<String> otherWords = List.of(other.split(" "));
      if (otherWords.containsAll(words) || words.containsAll(otherWords)) {
        return other;
      }
    }
    return key;
  }

  /**
   * A source's identity: its words in lower case, without a leading "the", so "The Meridian Ledger"
   * (a feed's title) and "Meridian Ledger" (a search result's outlet line) are one row.
   */
  private static String key(String name) {
    String words = TextNormalizer.wordKey(name);
    return words.startsWith("the ") ? words.substring(4) : words;
  }
}
