package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndependentSupportRuleTest {
  private static final String ARTICLE =
      "Dockers at the Kelda container terminal walked out on Friday. About 300 of them picketed"
          + " the main gate over unpaid overtime, the port authority said.";

  @Test
  void anArticleThatSaysTheSameWithTheSameNumberSupportsThePoint() {
    assertThat(
            BriefEvaluations.supportsIndependently(
                "About 300 dockers picketed the main gate over unpaid overtime.", ARTICLE))
        .isTrue();
  }

  @Test
  void aDifferentNumberIsNoSupportHoweverManyWordsAgree() {
    assertThat(
            BriefEvaluations.supportsIndependently(
                "About 450 dockers picketed the main gate over unpaid overtime.", ARTICLE))
        .isFalse();
  }

  @Test
  void aNameTheArticleNeverMentionsIsNoSupport() {
    assertThat(
            BriefEvaluations.supportsIndependently(
                "Dockers at the Portmarsh terminal picketed the main gate on Friday.", ARTICLE))
        .isFalse();
  }
}
