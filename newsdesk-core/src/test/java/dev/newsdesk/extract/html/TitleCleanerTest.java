package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

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
}
