package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The team-written sets behind the entity-variant and date rows are present and large enough. */
class TeamTestSetsTest {

  @Test
  void theVariantSetHoldsAtLeastSixtyPairsOfEachKind() {
    var pairs = EntityVariantPairs.pairs();
    assertThat(pairs.stream().filter(EntityVariantPairs.Pair::sameEntity).count())
        .isGreaterThanOrEqualTo(60);
    assertThat(pairs.stream().filter(p -> !p.sameEntity()).count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void theDateSetHoldsAtLeastEightyPhrasesSomeOfThemUnresolvable() {
    var phrases = DatePhrases.phrases();
    assertThat(phrases).hasSizeGreaterThanOrEqualTo(80);
    assertThat(phrases).anySatisfy(p -> assertThat(p.expected()).isNull());
  }

  @Test
  void aMergeOfAMustNotPairCountsAgainstPrecision() {
    var pair =
        new EntityVariantPairs.Pair(
            "Tartus", "Latakia", false, dev.newsdesk.model.EntityType.LOCATION);
    var pr =
        EntityVariantPairs.precisionRecall(
            java.util.List.of(new EntityVariantPairs.Verdict(pair, true)));
    assertThat(pr.precision()).isZero();
  }
}
