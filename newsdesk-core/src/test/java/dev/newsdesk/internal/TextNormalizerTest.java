package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void noAsciiCharacterDecomposesOrIsAMarkSoAsciiTextFoldsToItself() {
    for (char c = 0; c < 0x80; c++) {
      String one = String.valueOf(c);
      assertThat(Normalizer.normalize(one, Normalizer.Form.NFKD)).isEqualTo(one);
      assertThat(one.matches("\\p{M}")).isFalse();
    }
    assertThat(TextNormalizer.fold("Plain \"ASCII\" - text's fine"))
        .isEqualTo("Plain \"ASCII\" - text's fine");
  }

  @Test
  void foldingStillRemovesDiacriticsAndUnifiesQuotesAndDashes() {
    assertThat(TextNormalizer.fold("Erdoğan’s “CNN Türk” – ı"))
        .isEqualTo("Erdogan's \"CNN Turk\" - i");
  }
}
