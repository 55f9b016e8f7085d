package dev.newsdesk.eval;

import dev.newsdesk.claims.WireCredit;
import dev.newsdesk.claims.WireCreditFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the provenance stage: wire credits found from the text alone against PolNeAR's {@code
 * metadata.tsv}, per agency.
 */
public final class ProvenanceEvaluations {
  public static final String WIRE_ANCHOR = "no published scores; goal P and R >= 0.95 per agency";

  /** The agencies PolNeAR's metadata marks, by their usual names. */
  static final List<String> AGENCIES = List.of("AP", "Reuters", "AFP", "UPI");

  private ProvenanceEvaluations() {}

  /**
   * Per agency: precision and recall of "this article is a wire copy of agency X", over every
   * PolNeAR article (all splits: the rules were written from the agencies' published credit forms,
   * and the split figures are printed too). The metadata's "credit" column ("h/t: The Hill") comes
   * from the publisher's page furniture, which is not in the corpus text, so it is not scored.
   */
  public static Scoreboard.Row wireCredits(Path dir) throws IOException {
    Map<String, String> wireByName = new HashMap<>();
    for (PolnearMetadata row : PolnearCorpus.readMetadata(dir)) {
      if (row.wire() != null && !row.wire().equals("NA")) {
        wireByName.put(row.filename(), usualName(row.wire()));
      }
    }
    WireCreditFinder finder = new WireCreditFinder();
    Map<String, int[]> counts = new LinkedHashMap<>();
    AGENCIES.forEach(a -> counts.put(a, new int[3]));
    int articles = 0;
    for (PolnearCorpus.Split split : PolnearCorpus.Split.values()) {
      for (PolnearCorpus.Article article : PolnearCorpus.read(dir, split)) {
        articles++;
        Optional<String> found =
            finder.find(List.of(article.text().split("\n"))).map(WireCredit::agency);
        String gold = wireByName.get(article.name());
        count(counts, found.orElse(null), gold);
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    counts.forEach(
        (agency, c) -> {
          PrecisionRecall pr = new PrecisionRecall(c[0] + c[1], c[0], c[0] + c[2], c[0]);
          String key = agency.toLowerCase(Locale.ROOT);
          figures.put(key + "_p", pr.precision());
          figures.put(key + "_r", pr.recall());
        });
    return Scoreboard.Row.measured(
        "provenance-wire", "polnear", "all " + articles, figures, WIRE_ANCHOR);
  }

  /** counts[agency] = {true positives, false positives, false negatives}. */
  private static void count(Map<String, int[]> counts, String found, String gold) {
    if (found != null && found.equals(gold)) {
      counts.get(found)[0]++;
      return;
    }
    if (found != null && counts.containsKey(found)) {
      counts.get(found)[1]++;
    }
    if (gold != null && counts.containsKey(gold)) {
      counts.get(gold)[2]++;
    }
  }

  private static String usualName(String wire) {
    for (String agency : AGENCIES) {
      if (agency.equalsIgnoreCase(wire.strip())) {
        return agency;
      }
    }
    return wire.strip();
  }

  /**
   * Origins and independent-source counts of the example corpus's gold claims: the share of gold
   * claims whose matched claim names the gold origin, and whose count is exact.
   */
  public static Scoreboard.Row claimOrigins(Path corpus) throws IOException {
    List<ProvenanceGold.Outcome> outcomes = ProvenanceGold.score(corpus);
    long origins = outcomes.stream().filter(ProvenanceGold.Outcome::originRight).count();
    long counts = outcomes.stream().filter(ProvenanceGold.Outcome::independentRight).count();
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("origin_acc", outcomes.isEmpty() ? 0 : origins / (double) outcomes.size());
    figures.put("independent_acc", outcomes.isEmpty() ? 0 : counts / (double) outcomes.size());
    return Scoreboard.Row.measured(
        "provenance-claims",
        "examples/corpus",
        origins + "+" + counts + " of " + outcomes.size(),
        figures,
        "goal: origins and counts exact");
  }

  /** One line per gold claim, for reading where origins go wrong. */
  public static List<String> describeClaims(Path corpus) throws IOException {
    return ProvenanceGold.describe(ProvenanceGold.score(corpus));
  }
}
