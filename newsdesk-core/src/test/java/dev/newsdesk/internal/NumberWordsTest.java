package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void aWordIsTheCountItWritesInAnyCaseAndOtherWordsAreNone() {
    assertThat(NumberWords.value("An")).hasValue(1);
    assertThat(NumberWords.value("one")).hasValue(1);
    assertThat(NumberWords.value("Twelve")).hasValue(12);
    assertThat(NumberWords.value("thirteen")).isEmpty();
    assertThat(NumberWords.value("said")).isEmpty();
  }

  @Test
  void theAlternationMatchesExactlyTheWordsThatHaveAValue() {
    Pattern words =
        Pattern.compile("(?:" + NumberWords.ALTERNATION + ")", Pattern.CASE_INSENSITIVE);
    for (String w : NumberWords.ALTERNATION.split("\\|")) {
      assertThat(NumberWords.value(w)).as(w).isPresent();
      assertThat(words.matcher(w.toUpperCase(java.util.Locale.ROOT)).matches()).isTrue();
    }
    assertThat(words.matcher("dozen").matches()).isFalse();
  }
}
