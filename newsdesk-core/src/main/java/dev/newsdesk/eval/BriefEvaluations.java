package dev.newsdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.brief.Verification;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.model.TimelineEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the brief: its citations, by an independent support rule and against hand-made labels, and
 * its timeline's dates against the example corpus's answer key.
 *
 * <p>Design decision (the independent rule): the eval does not reuse the verifier's weighted,
 * stemmed words. An article supports a point when one of its sentences holds half of the point's
 * content words (compared by their first five letters, unweighted), every number of the point
 * appears in the article, and at least half of the point's names (capitalised words not opening it)
 * appear in the article. A citation the verifier let through and this rule rejects counts against
 * precision; a supporting article the brief does not cite counts against recall.
 */
public final class BriefEvaluations {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}-]{2,}");
  private static final Set<String> STOP =
      Set.of(
          "the",
          "and",
          "for",
          "that",
          "with",
          "from",
          "was",
          "were",
          "has",
          "have",
          "had",
          "its",
          "his",
          "her",
          "their",
          "this",
          "which",
          "who",
          "will",
          "would",
          "said",
          "says",
          "are",
          "been",
          "into",
          "than",
          "about",
          "after",
          "before",
          "also",
          "reported",
          "according");

  private BriefEvaluations() {}

  /**
   * Citation precision and recall of the briefs of a set of inputs by the independent rule, and the
   * verifier's precision and recall on the hand-labelled pairs of that set.
   */
  public static Scoreboard.Row citations(String dataset, Path dir, Path labels, String set)
      throws IOException {
    ExampleCorpusRun run = ExampleCorpusRun.of(dir);
    int cited = 0;
    int citedSupported = 0;
    int supported = 0;
    for (Brief brief : run.briefs()) {
      List<BriefPoint> points = new ArrayList<>(brief.points());
      points.add(0, brief.lead());
      for (BriefPoint point : points) {
        for (StoryMember m : brief.articles()) {
          if (m.isCopy()) {
            continue;
          }
          boolean supports = supportsIndependently(point.text(), m.article().text());
          boolean isCited = point.citations().contains(m.id());
          cited += isCited ? 1 : 0;
          supported += supports ? 1 : 0;
          citedSupported += isCited && supports ? 1 : 0;
        }
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    PrecisionRecall brief = new PrecisionRecall(cited, citedSupported, supported, citedSupported);
    figures.put("cite_p", brief.precision());
    figures.put("cite_r", brief.recall());
    PrecisionRecall labelled = labelled(run, labels, set);
    figures.put("label_p", labelled.precision());
    figures.put("label_r", labelled.recall());
    return Scoreboard.Row.measured(
        "brief-citations",
        dataset,
        cited + " citations, " + labelled.gold() + " labelled supports",
        figures,
        "goal precision 1.0, recall >= 0.9");
  }

  /** The labelled pairs the verifier gets wrong, one line each, for reading. */
  public static List<String> labelDisagreements(Path dir, Path labels, String set)
      throws IOException {
    List<String> wrong = new ArrayList<>();
    labelled(ExampleCorpusRun.of(dir), labels, set, wrong);
    return wrong;
  }

  private static PrecisionRecall labelled(ExampleCorpusRun run, Path labels, String set)
      throws IOException {
    return labelled(run, labels, set, new ArrayList<>());
  }

  /** The verifier on each labelled (statement, article) pair of one set. */
  private static PrecisionRecall labelled(
      ExampleCorpusRun run, Path labels, String set, List<String> wrong) throws IOException {
    Map<String, ArticleId> byItem = new HashMap<>();
    Map<ArticleId, Brief> storyOf = new HashMap<>();
    run.items().forEach((id, item) -> byItem.put(item, id));
    for (Brief b : run.briefs()) {
      b.articles().forEach(m -> storyOf.put(m.id(), b));
    }
    Map<Brief, Verification> verifiers = new HashMap<>();
    int predicted = 0;
    int right = 0;
    int gold = 0;
    for (String line : DatasetFiles.readUtf8(labels).split("\r?\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 4) {
        throw new DatasetFormatException(labels, "expected 4 tab-separated cells: " + line);
      }
      if (!cells[0].equals(set)) {
        continue;
      }
      boolean yes = cells[2].equals("yes");
      gold += yes ? 1 : 0;
      ArticleId id = byItem.get(cells[1]);
      if (id == null) {
        wrong.add("not in the run: " + cells[1]);
        continue;
      }
      Brief story = storyOf.get(id);
      boolean says =
          verifiers
              .computeIfAbsent(story, b -> new Verification(b.articles()))
              .supports(id, cells[3]);
      if (says != yes) {
        wrong.add((yes ? "missed  " : "wrongly ") + cells[1] + " :: " + cells[3]);
      }
      predicted += says ? 1 : 0;
      right += says && yes ? 1 : 0;
    }
    return new PrecisionRecall(predicted, right, gold, right);
  }

  static boolean supportsIndependently(String point, String article) {
    Set<String> want = words(point);
    if (want.isEmpty()) {
      return false;
    }
    if (!numbers(article).containsAll(numbers(point))) {
      return false;
    }
    List<String> names = new ArrayList<>();
    Matcher name = NAME.matcher(point);
    while (name.find()) {
      names.add(name.group());
    }
    long namesFound = names.stream().filter(article::contains).count();
    if (namesFound * 2 < names.size()) {
      return false;
    }
    for (String sentence : article.split("(?<=[.!?])\\s+|\\n+")) {
      Set<String> have = words(sentence);
      long found = want.stream().filter(have::contains).count();
      if (found * 2 >= want.size()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 3 && !STOP.contains(w)) {
        words.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return words;
  }

  private static Set<String> numbers(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      found.add(m.group().replaceAll(",(?=\\d{3}\\b)", ""));
    }
    return found;
  }

  /**
   * Date precision, recall and F1 of the story timelines against the example corpus's timeline key
   * ({@code timeline} in {@code gold.json}: every day an item states for an event of its story,
   * with the items that state it): for each story, the key's days of the story's items against the
   * story's day-precise timeline dates that are not background; summed over stories.
   *
   * <p>Until 2026-12-02 the key was the answer key's {@code dates}, the resolutions of 17 relative
   * phrases; they hold 10 of the 18 days the items state, so every correct day beyond them counted
   * as a false positive.
   */
  public static Scoreboard.Row timelineDates(Path corpus) throws IOException {
    JsonNode gold = DatasetFiles.readJson(corpus.resolve("gold.json"));
    ExampleCorpusRun run = ExampleCorpusRun.of(corpus);
    Map<String, Set<LocalDate>> goldByItem = new HashMap<>();
    for (JsonNode day : gold.path("timeline")) {
      LocalDate date = LocalDate.parse(day.path("date").asText());
      day.path("items")
          .forEach(
              item -> goldByItem.computeIfAbsent(item.asText(), k -> new HashSet<>()).add(date));
    }
    int predicted = 0;
    int goldCount = 0;
    int matched = 0;
    for (Brief brief : run.briefs()) {
      Set<LocalDate> want = new HashSet<>();
      brief
          .articles()
          .forEach(m -> want.addAll(goldByItem.getOrDefault(run.item(m.id()), Set.of())));
      if (want.isEmpty()) {
        continue;
      }
      Set<LocalDate> got = new HashSet<>();
      for (TimelineEntry t : brief.timeline()) {
        if (!t.background() && t.precision() == DatePrecision.DAY) {
          got.add(t.date());
        }
      }
      DateScore score = DateScore.of(got, want);
      predicted += score.predicted();
      goldCount += score.gold();
      matched += score.matched();
    }
    DateScore total = new DateScore(predicted, goldCount, matched);
    return Scoreboard.Row.measured(
        "timeline-dates",
        "examples/corpus",
        "all",
        total.figures(),
        "Date-F1 0.295 (DATEWISE, Crisis, full TLS; not comparable)");
  }
}
