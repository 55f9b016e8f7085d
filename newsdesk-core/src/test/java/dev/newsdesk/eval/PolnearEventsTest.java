package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The team's PolNeAR same-happening groups are well formed. */
class PolnearEventsTest {

  @Test
  void everyLabelledArticleBelongsToExactlyOneGroup() {
    List<PolnearEvents.Label> labels = PolnearEvents.labels();
    assertThat(labels.stream().map(PolnearEvents.Label::article).distinct().count())
        .isEqualTo(labels.size());
  }

  @Test
  void everyGroupHoldsAtLeastTwoArticlesAndThereAreSeveralDozenGroups() {
    Map<String, Long> sizes =
        PolnearEvents.labels().stream()
            .collect(Collectors.groupingBy(PolnearEvents.Label::group, Collectors.counting()));
    assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(2));
    assertThat(sizes).hasSizeGreaterThanOrEqualTo(36);
  }

  @Test
  void labelsNameArticlesByThePolnearFileNamePattern() {
    assertThat(PolnearEvents.labels())
        .allSatisfy(
            l -> assertThat(l.article()).matches("[a-z-]+_\\d{4}-\\d{2}-\\d{2}_[a-z0-9-]+"));
  }

  @Test
  void everyReprintPairIsAlsoOneLabelledHappening() {
    Map<String, String> groupOf =
        PolnearEvents.labels().stream()
            .collect(Collectors.toMap(PolnearEvents.Label::article, PolnearEvents.Label::group));
    assertThat(PolnearSyndication.reprints()).isNotEmpty();
    PolnearSyndication.reprints()
        .forEach(
            (later, earlier) ->
                assertThat(groupOf.get(later)).isNotNull().isEqualTo(groupOf.get(earlier)));
  }
}
