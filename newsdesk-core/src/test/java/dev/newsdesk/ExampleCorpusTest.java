package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.brief.JsonReportRenderer;
import dev.newsdesk.eval.ClusteringScore;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.StoryMember;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline held to examples/corpus/gold.json. */
class ExampleCorpusTest {
  private static ExampleCorpus corpus;

  @BeforeAll
  static void runTheCorpus() throws IOException {
    corpus = ExampleCorpus.run();
  }

  @Test
  void everyGoldItemIsPlacedAndNothingIsRejected() {
    Set<String> placed =
        corpus.result.outputs().stream()
            .map(p -> ExampleCorpus.relative(p.input()))
            .collect(Collectors.toSet());
    assertThat(corpus.result.rejected()).isEmpty();
    assertThat(placed).containsExactlyInAnyOrderElementsOf(goldItems().keySet());
  }

  @Test
  void articlesAreGroupedIntoTheGoldStoriesWithBcubedF1OfAtLeast095() {
    Map<String, String> goldStory = goldItems();
    List<String> predicted = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (Placement p : corpus.result.outputs()) {
      predicted.add(p.story().value());
      truth.add(goldStory.get(ExampleCorpus.relative(p.input())));
    }
    ClusteringScore score = ClusteringScore.of(predicted, truth);
    assertThat(score.bcubedF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.predictedClusters()).isBetween(score.trueClusters(), score.trueClusters() + 1);
  }

  @Test
  void theBridgeClosureInTheSameTownIsNotMergedIntoTheFire() {
    assertThat(storyOfItem("wire.jsonl#5")).isNotEqualTo(storyOfItem("wire.jsonl#1"));
    assertThat(storyOfItem("bridge-closure.txt#1")).isEqualTo(storyOfItem("wire.jsonl#5"));
    assertThat(storyOfItem("digest-morning.txt#1")).isEqualTo(storyOfItem("wire.jsonl#1"));
  }

  private static String storyOfItem(String item) {
    return corpus.result.outputs().stream()
        .filter(p -> ExampleCorpus.relative(p.input()).equals(item))
        .findFirst()
        .orElseThrow()
        .story()
        .value();
  }

  @Test
  void copiesPointAtTheEarliestPublishedCopyInTheBrief() {
    Map<String, String> duplicateOf = new HashMap<>();
    for (Brief brief : corpus.report.stories()) {
      Map<ArticleId, String> names = new HashMap<>();
      brief
          .articles()
          .forEach(m -> names.put(m.id(), ExampleCorpus.relative(m.article().article().input())));
      for (StoryMember m : brief.articles()) {
        if (m.isCopy()) {
          duplicateOf.put(names.get(m.id()), names.get(m.duplicateOf()));
        }
      }
    }
    Map<String, String> expected = new HashMap<>();
    corpus
        .gold
        .get("duplicates")
        .forEach(d -> expected.put(d.get("item").asText(), d.get("duplicateOf").asText()));
    assertThat(duplicateOf).isEqualTo(expected);
  }

  @Test
  void noPlantedBoilerplateSurvivesInAnyTextPointLeadOrHeadline() {
    List<String> texts = new ArrayList<>();
    for (Brief brief : corpus.report.stories()) {
      texts.add(brief.headline());
      texts.add(brief.lead().text());
      brief.points().forEach(p -> texts.add(p.text()));
      brief.articles().forEach(m -> texts.add(m.article().text()));
    }
    String all = String.join("\n", texts);
    corpus
        .gold
        .get("boilerplate")
        .forEach(b -> assertThat(all).as("planted boilerplate").doesNotContain(b.asText()));
  }

  @Test
  void everyCitationNamesAnArticleOfItsOwnStory() {
    for (Brief brief : corpus.report.stories()) {
      Set<ArticleId> own =
          brief.articles().stream().map(StoryMember::id).collect(Collectors.toSet());
      List<ArticleId> cited = new ArrayList<>(brief.lead().citations());
      brief.points().stream().map(BriefPoint::citations).forEach(cited::addAll);
      brief.claims().stream().map(Claim::reportedBy).forEach(cited::addAll);
      brief.timeline().forEach(t -> cited.addAll(t.citations()));
      brief.discrepancies().forEach(d -> d.variants().forEach(v -> cited.addAll(v.citations())));
      assertThat(own).containsAll(cited);
    }
  }

  @Test
  void theTransliteratedNameIsOneEntityWithItsVariantsAsAliases() {
    for (JsonNode alias : corpus.gold.get("aliases")) {
      Set<String> spellings = new HashSet<>();
      spellings.add(alias.get("canonical").asText());
      alias.get("variants").forEach(v -> spellings.add(v.asText()));
      Brief story = storyHolding(alias.get("story").asText());
      List<Entity> holding =
          story.entities().stream()
              .filter(
                  e ->
                      spellings.contains(e.name())
                          || e.aliases().stream().anyMatch(spellings::contains))
              .toList();
      assertThat(holding).hasSize(1);
      Set<String> merged = new HashSet<>(holding.get(0).aliases());
      merged.add(holding.get(0).name());
      assertThat(merged).containsAll(spellings);
    }
  }

  @Test
  void aClaimRepeatedByManyOutletsCountsAsOneIndependentSource() {
    Brief fire = storyHolding("plant-fire");
    Claim evacuated =
        fire.claims().stream()
            .filter(c -> c.text().contains("1,200"))
            .max((a, b) -> Integer.compare(a.reportedBy().size(), b.reportedBy().size()))
            .orElseThrow();
    assertThat(evacuated.reportedBy()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(evacuated.independentSources()).isEqualTo(1);
    assertThat(evacuated.origin()).containsAnyOf("Norda Press Agency", "emergency ministry");
  }

  @Test
  void twoRunsGiveIdenticalJson() throws IOException {
    assertThat(json(ExampleCorpus.run())).isEqualTo(json(corpus));
  }

  private static String json(ExampleCorpus run) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportRenderer().render(run.report, out);
    return out.toString();
  }

  private static Brief storyHolding(String goldStory) {
    String item =
        goldItems().entrySet().stream()
            .filter(e -> e.getValue().equals(goldStory))
            .map(Map.Entry::getKey)
            .sorted()
            .findFirst()
            .orElseThrow();
    return corpus.report.stories().stream()
        .filter(
            b ->
                b.articles().stream()
                    .anyMatch(
                        m -> ExampleCorpus.relative(m.article().article().input()).equals(item)))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> goldItems() {
    Map<String, String> items = new HashMap<>();
    corpus
        .gold
        .get("stories")
        .forEach(s -> s.get("items").forEach(i -> items.put(i.asText(), s.get("id").asText())));
    return items;
  }
}
