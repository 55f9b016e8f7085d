package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores claims against the example corpus's answer key ({@code gold.json}, "claims"): for each
 * gold claim, the predicted claim that shares most of its reporting items and words; its origin is
 * right when it names every source the gold origin names, and its count of independent sources is
 * right when equal.
 *
 * <p>Design decision: a gold origin is written for people ("Irina Valchuk, mayor of Brezhany
 * (speaking to the Rivergate Herald)"); its name is the part before the first comma or parenthesis,
 * one per {@code ;}-separated source. A predicted origin names it when the name's words all appear
 * in one of the predicted origin's sources, or that source's words all appear in the name
 * ("Vetrana" for "Vetrana Chemical Works").
 */
final class ProvenanceGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold claim and what the run said about it. */
  record Outcome(
      String goldText,
      String goldOrigin,
      int goldIndependent,
      String predictedText,
      String predictedOrigin,
      int predictedIndependent,
      boolean originRight,
      boolean independentRight) {}

  private ProvenanceGold() {}

  static List<Outcome> score(Path corpus) throws IOException {
    JsonNode gold = JSON.readTree(DatasetFiles.readUtf8(corpus.resolve("gold.json")));
    ExampleCorpusRun run = ExampleCorpusRun.of(corpus);
    List<Outcome> outcomes = new ArrayList<>();
    for (JsonNode claim : gold.path("claims")) {
      Set<String> items = new HashSet<>();
      claim.path("reportedBy").forEach(i -> items.add(i.asText()));
      String text = claim.path("text").asText();
      String origin = claim.path("origin").asText();
      int independent = claim.path("independentSources").asInt();
      Claim best = bestMatch(run, items, text);
      if (best == null) {
        outcomes.add(new Outcome(text, origin, independent, null, null, 0, false, false));
        continue;
      }
      outcomes.add(
          new Outcome(
              text,
              origin,
              independent,
              best.text(),
              best.origin(),
              best.independentSources(),
              names(best.origin(), origin),
              best.independentSources() == independent));
    }
    return outcomes;
  }

  private static Claim bestMatch(ExampleCorpusRun run, Set<String> items, String text) {
    Set<String> goldWords = words(text);
    Claim best = null;
    double bestScore = 0;
    for (Brief brief : run.briefs()) {
      for (Claim claim : brief.claims()) {
        long shared = claim.reportedBy().stream().map(run::item).filter(items::contains).count();
        if (shared == 0) {
          continue;
        }
        Set<String> words = words(claim.text());
        words.retainAll(goldWords);
        double score = shared / (double) items.size() + words.size() / (double) goldWords.size();
        if (score > bestScore) {
          best = claim;
          bestScore = score;
        }
      }
    }
    return best;
  }

  static boolean names(String predicted, String gold) {
    if (predicted == null) {
      return false;
    }
    List<Set<String>> sources = new ArrayList<>();
    for (String part : predicted.split(";")) {
      sources.add(words(part));
    }
    for (String part : gold.split(";")) {
      String name = part.strip().replaceFirst("^(?i)separately,\\s*", "");
      name = name.split("[,(]")[0].replaceFirst("\u2019s .*|'s .*", "");
      Set<String> want = words(name);
      boolean found =
          sources.stream()
              .anyMatch(s -> !s.isEmpty() && (s.containsAll(want) || want.containsAll(s)));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : TextNormalizer.key(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !w.equals("the")) {
        words.add(w);
      }
    }
    return words;
  }

  static List<String> describe(List<Outcome> outcomes) {
    return outcomes.stream()
        .map(
            o ->
                (o.originRight() ? "ok " : "BAD")
                    + (o.independentRight() ? " ok  " : " BAD ")
                    + o.goldOrigin()
                    + " / "
                    + o.goldIndependent()
                    + "  <->  "
                    + o.predictedOrigin()
                    + " / "
                    + o.predictedIndependent()
                    + "  :: "
                    + o.predictedText())
        .toList();
  }
}
