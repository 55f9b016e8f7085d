package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryVocabularyTest {

  @Test
  void aHedgeSaysWhoVouchesNotWhatHappened() {
    StoryVocabulary vocabulary = new StoryVocabulary();
    String hedged = "Russia is allegedly negotiating for corridors to evacuate the soldiers.";
    String flat = "Russia is negotiating for corridors to evacuate the soldiers.";
    List.of(hedged, flat, "Rebels reportedly entered the capital on Sunday.")
        .forEach(vocabulary::add);

    assertThat(vocabulary.terms(hedged)).isEqualTo(vocabulary.terms(flat));
    assertThat(vocabulary.coverage(vocabulary.termIds(hedged), vocabulary.termIds(flat)))
        .isEqualTo(1.0);
    assertThat(vocabulary.terms("Rebels reportedly entered the capital on Sunday."))
        .doesNotContain("reportedli", "reportedly")
        .contains("rebel", "capit");
  }

  @Test
  void questionWordsAreFunctionWordsLikeWhoAndWhich() {
    StoryVocabulary vocabulary = new StoryVocabulary();

    assertThat(
            vocabulary.terms(
                "A listing offering what the seller called the full user table explained how and"
                    + " when the file was taken, and whether it was sold."))
        .doesNotContain("what", "how", "when", "whether")
        .contains("list", "seller", "tabl", "file");
  }
}
