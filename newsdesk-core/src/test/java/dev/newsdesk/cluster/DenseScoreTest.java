package dev.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dense term of story scoring, with a stand-in embedder whose vectors count topic words. */
class DenseScoreTest {
  private static final StoryStream OTHER_WORDS = StoryStream.read("reports-in-other-words.tsv");
  private static final StoryStream THREE = StoryStream.read("three-stories-over-two-months.tsv");

  /** One dimension per topic; a text's vector counts its words of each topic. */
  private static final List<List<String>> TOPICS =
      List.of(
          List.of("river", "water", "downpour", "torrents", "submerged", "evacuated", "flood"),
          List.of("council", "councillors", "budget", "spending", "voted"),
          List.of("resurfacing", "works", "repairs"));

  private static final TextEmbedder TOPIC_WORDS =
      text -> {
        float[] v = new float[TOPICS.size()];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          for (int t = 0; t < TOPICS.size(); t++) {
            if (TOPICS.get(t).contains(word)) {
              v[t]++;
            }
          }
        }
        return v;
      };

  private static final TextEmbedder NEVER =
      text -> {
        throw new AssertionError("the embedder was called with the dense term off: " + text);
      };

  private static List<StoryId> assignAll(TfIdfStoryAssigner assigner, StoryStream stream) {
    List<StoryId> stories = new ArrayList<>();
    for (AnalyzedArticle article : stream.articles()) {
      stories.add(assigner.assign(article, null));
    }
    return stories;
  }

  private static TfIdfStoryAssigner assigner(ClusterConfig config, TextEmbedder embedder) {
    return new TfIdfStoryAssigner(config, story -> {}, embedder);
  }

  @Test
  void atWeightZeroTheEmbedderIsNeverCalledAndEveryStoryIsAsWithoutIt() {
    for (StoryStream stream : List.of(OTHER_WORDS, THREE)) {
      assertThat(assignAll(assigner(ClusterConfig.defaults(), NEVER), stream))
          .isEqualTo(assignAll(new TfIdfStoryAssigner(ClusterConfig.defaults()), stream));
    }
  }

  @Test
  void theDenseTermIsOffByDefault() {
    assertThat(ClusterConfig.defaults().denseWeight()).isZero();
  }

  @Test
  void aReportInOtherWordsJoinsItsStoryOnlyWithTheDenseTerm() {
    List<StoryId> words = assignAll(assigner(ClusterConfig.defaults(), TOPIC_WORDS), OTHER_WORDS);
    assertThat(words.get(2)).isNotEqualTo(words.get(0));
    List<StoryId> dense =
        assignAll(assigner(ClusterConfig.defaults().withDense(0.5, 0.5), TOPIC_WORDS), OTHER_WORDS);
    assertThat(dense.get(2)).isEqualTo(dense.get(0));
    assertThat(dense.get(1)).isNotEqualTo(dense.get(0));
  }

  @Test
  void reportsSharingTheirWordsButNotTheirMeaningAreKeptApartOnlyWithTheDenseTerm() {
    List<StoryId> words = assignAll(assigner(ClusterConfig.defaults(), TOPIC_WORDS), OTHER_WORDS);
    assertThat(words.get(4)).isEqualTo(words.get(3));
    List<StoryId> dense =
        assignAll(assigner(ClusterConfig.defaults().withDense(0.5, 0.5), TOPIC_WORDS), OTHER_WORDS);
    assertThat(dense.get(4)).isNotEqualTo(dense.get(3));
  }

  @Test
  void anItemOfDenseMaxWordsContentWordsOrMoreIsNeitherEmbeddedNorHelpedByTheDenseTerm() {
    List<String> embedded = new ArrayList<>();
    TextEmbedder recording =
        text -> {
          embedded.add(text);
          return TOPIC_WORDS.embed(text);
        };
    // The first flood report has more than 12 content words: with the limit at 12 it is not
    // embedded, so its story has no vector and the report in other words cannot join it.
    ClusterConfig shortOnly = ClusterConfig.defaults().withDense(0.5, 0.5, 12);
    List<StoryId> stories = assignAll(assigner(shortOnly, recording), OTHER_WORDS);
    assertThat(stories.get(2)).isNotEqualTo(stories.get(0));
    assertThat(embedded).noneMatch(t -> t.startsWith("River bursts"));
    assertThat(ClusterConfig.defaults().denseMaxWords())
        .isEqualTo(ClusterConfig.defaults().fullArticleWords());
  }

  @Test
  void theLeadThatIsEmbeddedIsTheTitleAndTheFirstWordsOfTheText() {
    String longText = "word ".repeat(DenseScore.LEAD_WORDS + 50);
    AnalyzedArticle article =
        StoryStream.article("long", java.time.LocalDate.of(2024, 1, 1), "A title", longText);
    String lead = DenseScore.lead(article);
    assertThat(lead).startsWith("A title. word word");
    assertThat(lead.split(" ")).hasSize(2 + DenseScore.LEAD_WORDS);
  }
}
