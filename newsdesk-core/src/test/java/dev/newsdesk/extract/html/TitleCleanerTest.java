package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

  @Test
  void aSuffixEqualToTheSiteNameIsCut() {
    assertThat(TitleCleaner.clean("Storm hits coast | The Daily Planet", "The Daily Planet", null))
        .isEqualTo("Storm hits coast");
  }

  @Test
  void aPrefixEqualToTheSiteNameIsCut() {
    assertThat(TitleCleaner.clean("Daily Planet: Storm hits coast", "Daily Planet", null))
        .isEqualTo("Storm hits coast");
  }

  @Test
  void aSuffixIsCutWhenTheH1ShowsWhereTheHeadlineEnds() {
    assertThat(TitleCleaner.clean("Brexit - what next - Weekly Review", null, "Brexit: what next"))
        .isEqualTo("Brexit - what next");
  }

  @Test
  void aDashInsideAHeadlineIsLeftAloneWhenNothingConfirmsASiteName() {
    assertThat(TitleCleaner.clean("Brexit - what next", null, null))
        .isEqualTo("Brexit - what next");
  }

  @Test
  void aTitleElementLosesItsLastPartWhenNothingConfirmsIt() {
    assertThat(
            TitleCleaner.fromTitleElement(
                "Cheap ways to heat a small flat | Home | Jo Bloggs", null, List.of(), List.of()))
        .isEqualTo("Cheap ways to heat a small flat | Home");
  }

  @Test
  void aTitleElementCutToFourWordsOrFewerIsKeptWhole() {
    assertThat(
            TitleCleaner.fromTitleElement(
                "Tide tables - Harbour Guide", null, List.of(), List.of()))
        .isEqualTo("Tide tables - Harbour Guide");
  }

  @Test
  void aTitleElementKeepsWhatFollowsItsColonUnlessAHeadingShowsTheWholeTitle() {
    String title = "Harbour notes: five new berths for the fishing fleet";

    assertThat(TitleCleaner.fromTitleElement(title, null, List.of(), List.of()))
        .isEqualTo("five new berths for the fishing fleet");
    assertThat(TitleCleaner.fromTitleElement(title, null, List.of(), List.of(title)))
        .isEqualTo(title);
  }

  @Test
  void punctuationEndingTheHeadlineSurvivesTheSiteNameCut() {
    assertThat(TitleCleaner.clean("Is the ferry late again? - Island Post", "Island Post", null))
        .isEqualTo("Is the ferry late again?");
  }
}
