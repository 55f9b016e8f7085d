package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorNormalizerTest {
  private static final CharSequenceNormalizer OPENNLP = DetectorNormalizer.openNlp();

  /**
   * The chars the patterns look at (hyphens, emoticon and laugh letters, "rt", white space, digits,
   * tags, surrogates and chars past U+D83C, URL and e-mail parts), with a few that none does.
   */
  private static final String ALPHABET =
      "-\u2014xX:;-opPdD()hHjJaAeiouOrRtT _\t\n\r\u000B\f  019#@./s\u00E9\u0130\u212A\uFFFD\uE000"
          + "\uD83D\uDE00\uD800\uDBFF\uDFFF";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ferry left Halvik at 06:30 on 3 June 2025, two hours late.",
        "Experts expect exports to the well-known port-city to fall by 12.5% :-) or :( xD",
        "RT @skarnferries: Huge queue at the quay #Skarn https://t.co/Zx9Yw8Vu7T hahaha",
        "Contact desk@halvik.example or see http://halvik.example/ferry?id=3 for times.",
        "Sooo   many    people...  at the start: rt: hehehe jajaja Hohoho",
        "Smoke over the harbour \uD83D\uDE00\uD83D\uDE00 seen from the breakwater \u2014 ok",
        "  The report\u00A0said the court  ruled \t on Tuesday.  ",
        "The xo-xo campaign, box office and ;-P faces: x-( ;o :P"
      })
  void givesOpenNlpsTextOnNewsAndSocialWording(String text) {
    assertThat(DetectorNormalizer.normalize(text)).isEqualTo(OPENNLP.normalize(text).toString());
  }

  @Test
  void givesOpenNlpsTextOnRandomMixesOfTheCharsItsPatternsLookAt() {
    SplittableRandom random = new SplittableRandom(7_2025L);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(16);
      for (int k = 0; k < length; k++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      assertThat(DetectorNormalizer.normalize(s))
          .as("%s", s.chars().boxed().toList())
          .isEqualTo(OPENNLP.normalize(s).toString());
    }
  }
}
