package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.FixtureStories;
import dev.newsdesk.internal.StoryVocabulary;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.StoryMember;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationVerifierTest {
  private static Brief story;
  private static CitationVerifier verifier;
  private static StoryVocabulary vocabulary;

  @BeforeAll
  static void briefTheHarbourStorm() throws Exception {
    List<Brief> briefs =
        FixtureStories.briefs(
            "/brief/support/", List.of("harbour-storm-agency", "harbour-storm-paper"));
    assertThat(briefs).hasSize(1);
    story = briefs.get(0);
    vocabulary = new StoryVocabulary();
    story.articles().forEach(m -> m.article().sentences().forEach(s -> vocabulary.add(s.text())));
    verifier = new CitationVerifier(vocabulary, story.articles());
  }

  private static ArticleId paper() {
    return story.articles().stream()
        .filter(m -> m.article().article().input().contains("paper"))
        .map(StoryMember::id)
        .findFirst()
        .orElseThrow();
  }

  private static double coverage(String sentence, String of) {
    return vocabulary.coverage(vocabulary.termIds(sentence), vocabulary.termIds(of));
  }

  @Test
  void aSentenceStatingTheSameCountOfTheSameThingNeedsLessOfItsWordsCarried() {
    String point =
        "At least 240 containers were damaged at the Velmar harbour terminal in a storm, after the"
            + " breakwater gave way.";
    String said =
        "At least 240 containers were damaged at the Velmar harbour terminal when a storm hit the"
            + " coast on Monday night, according to the port authority.";
    assertThat(coverage(point, said))
        .isBetween(CitationVerifier.MIN_COVERAGE_SAME_COUNT, CitationVerifier.MIN_COVERAGE);
    assertThat(verifier.supports(paper(), point)).isTrue();
  }

  @Test
  void theSameWordsWithoutTheAgreeingCountAreNotEnough() {
    String point =
        "Many containers were wrecked at Velmar after the breakwater gave way in the gale.";
    String said =
        "At least 240 containers were damaged at the Velmar harbour terminal when a storm hit the"
            + " coast on Monday night, according to the port authority.";
    assertThat(coverage(point, said)).isLessThan(CitationVerifier.MIN_COVERAGE);
    assertThat(verifier.supports(paper(), point)).isFalse();
  }

  @Test
  void aDifferentCountOfTheSameThingIsNeverSupport() {
    assertThat(
            verifier.supports(
                paper(),
                "At least 310 containers were damaged at the Velmar harbour terminal when a storm"
                    + " hit the coast on Monday night."))
        .isFalse();
  }
}
