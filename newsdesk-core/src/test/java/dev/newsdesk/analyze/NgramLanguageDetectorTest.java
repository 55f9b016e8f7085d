package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

/**
 * NgramLanguageDetector gives OpenNLP's language and confidence to the last bit: on sentences of
 * several languages and scripts, on their prefixes, and on random strings.
 */
class NgramLanguageDetectorTest {
  private final NgramLanguageDetector detector = new NgramLanguageDetector();
  private final LanguageDetectorME openNlp = new LanguageDetectorME(OpenNlpModels.languages());

  @Test
  void theFlatTablesAreInUseWithTheShippedModel() {
    assertThat(detector.fast()).isTrue();
  }

  @Test
  void everyFixtureTextAndEachOfItsPrefixesGetsOpenNlpsLanguageAndConfidence() throws IOException {
    List<String> texts = fixture();
    assertThat(texts).hasSizeGreaterThan(20);
    for (String text : texts) {
      for (int end = 0; end <= text.length(); end += Math.max(1, text.length() / 17)) {
        assertSame(text.substring(0, end));
      }
      assertSame(text);
    }
  }

  @Test
  void theFixtureTextsTogetherAsOneLongTextGetOpenNlpsAnswer() throws IOException {
    String all = String.join(" ", fixture());
    assertThat(all.length()).isGreaterThan(2000);
    assertSame(all);
    assertSame(all.substring(0, 1000));
  }

  @Test
  void randomStringsGetOpenNlpsLanguageAndConfidence() {
    String alphabet =
        "aeiouAEIOU bcdfghklmnprstvwxyz .,;:'\"()-—éüçßøñ 0123456789 @#/ абвгдежз αβγδ 東京 ا ل";
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 1500; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(300);
      while (s.length() < length) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame(s.toString());
    }
  }

  @Test
  void textThatWouldTurnABucketOfOpenNlpsMapIntoATreeGoesToOpenNlpAndGetsItsAnswer() {
    // Two-grams (x + 31k, y - k) have the same CharBuffer hash, so they share a bucket at every
    // table size: with twelve of them a bucket reaches nine keys, where HashMap makes a tree and
    // iterates in another order. CJK ideographs: letters that lower-casing and the normalisers
    // leave alone.
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      text.append((char) (0x4E00 + 31 * k)).append((char) (0x5000 - k)).append(' ');
    }
    assertThat(detector.scoresItself(text)).isFalse();
    assertSame(text.toString());
  }

  @Test
  void ordinaryTextIsScoredOnTheFlatTables() {
    assertThat(detector.scoresItself("The ferry would sail on Sunday, the harbour master said."))
        .isTrue();
  }

  private void assertSame(String text) {
    Language ours = detector.predictLanguage(text);
    Language theirs = openNlp.predictLanguage(text);
    assertThat(ours.getLang()).as(text).isEqualTo(theirs.getLang());
    assertThat(Double.doubleToRawLongBits(ours.getConfidence()))
        .as(text)
        .isEqualTo(Double.doubleToRawLongBits(theirs.getConfidence()));
  }

  private static List<String> fixture() throws IOException {
    try (InputStream in =
        NgramLanguageDetectorTest.class.getResourceAsStream("language-cases.txt")) {
      List<String> texts = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          texts.add(line);
        }
      }
      return texts;
    }
  }
}
