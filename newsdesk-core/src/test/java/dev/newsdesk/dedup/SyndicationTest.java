package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import dev.newsdesk.extract.RejectedItemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copies found in the generated syndication stream ({@link SyndicationSet}, seed 7): a copy verdict
 * is right when it names an article of the same original report; every other copy verdict, on an
 * original or an independent report of the same event, is wrong.
 */
class SyndicationTest {
  private static final Map<String, String> reportOf = new HashMap<>();
  private static final Map<String, String> variantOf = new HashMap<>();
  private static int copies;
  private static int found;
  private static int wrong;
  private static int missedVariants;

  @BeforeAll
  static void runTheStream() throws RejectedItemException {
    Pipeline pipeline = Pipeline.create();
    List<SyndicationSet.Item> items = SyndicationSet.generate(7);
    for (SyndicationSet.Item item : items) {
      String report = item.copyOf() == null ? item.doc().input() : item.copyOf();
      reportOf.put(item.doc().input(), report);
      variantOf.put(item.doc().input(), item.variant());
      Placement p = pipeline.accept(item.doc());
      boolean isCopy = item.copyOf() != null;
      copies += isCopy ? 1 : 0;
      if (p.duplicateOf() == null) {
        continue;
      }
      if (isCopy && report.equals(reportOf.get(p.duplicateOfInput()))) {
        found++;
      } else {
        wrong++;
      }
    }
    missedVariants = copies - found;
  }

  @Test
  void everyOriginalReportIsCopiedFiveTimes() {
    assertThat(copies).isEqualTo(30);
  }

  @Test
  void copyVerdictsHaveAPrecisionOfAtLeast099() {
    double precision = found / (double) Math.max(1, found + wrong);
    assertThat(precision)
        .as("precision (%d right, %d wrong)", found, wrong)
        .isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void copiesAreFoundWithARecallOfAtLeast095() {
    double recall = found / (double) copies;
    assertThat(recall)
        .as("recall (%d of %d; %d missed)", found, copies, missedVariants)
        .isGreaterThanOrEqualTo(0.95);
  }
}
