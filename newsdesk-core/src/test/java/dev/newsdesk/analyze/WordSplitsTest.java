package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** WordSplits gives exactly OpenNLP's tokens, whether a word's split is new or remembered. */
class WordSplitsTest {
  private final TokenizerME model = new TokenizerME(OpenNlpModels.tokens());
  private final WordSplits words = new WordSplits();

  @Test
  void everyFixtureSentenceGetsTheModelsTokensTheFirstTimeAndWhenRemembered() throws IOException {
    List<String> sentences = fixture();
    assertThat(sentences).hasSizeGreaterThan(20);
    for (int pass = 0; pass < 2; pass++) {
      for (String sentence : sentences) {
        assertThat(remembered(sentence, 0)).as(sentence).isEqualTo(modelTokens(sentence, 0));
      }
    }
  }

  @Test
  void tokensAreShiftedByTheSentencesOffset() {
    String sentence = "\"We cannot wait,\" she said.";
    assertThat(remembered(sentence, 1000)).isEqualTo(modelTokens(sentence, 1000));
    assertThat(remembered(sentence, 1000).get(0)).isEqualTo(new Span(1000, 1001));
  }

  @Test
  void randomStringsOfNewsCharactersGetTheModelsTokens() {
    String alphabet = "abcXYZ019 .,;:'\"()-—’“”$%/@#&\t\n\u00A0é😀";
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(40);
      while (s.length() < length) {
        s.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String sentence = s.toString();
      assertThat(remembered(sentence, 0)).as(sentence).isEqualTo(modelTokens(sentence, 0));
    }
  }

  @Test
  void theTableIsEmptiedWhenFullAndStillGivesTheModelsTokens() {
    for (int i = 0; i <= WordSplits.MAX_WORDS; i++) {
      remembered("w" + i + "'s", 0);
      assertThat(WordSplits.held()).isLessThanOrEqualTo(WordSplits.MAX_WORDS);
    }
    String sentence = "The ferry's captain didn't sail.";
    assertThat(remembered(sentence, 0)).isEqualTo(modelTokens(sentence, 0));
  }

  private List<Span> remembered(String sentence, int offset) {
    List<Span> out = new ArrayList<>();
    words.tokenize(sentence, offset, out);
    return out;
  }

  private List<Span> modelTokens(String sentence, int offset) {
    List<Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : model.tokenizePos(sentence)) {
      out.add(new Span(offset + s.getStart(), offset + s.getEnd()));
    }
    return out;
  }

  private static List<String> fixture() throws IOException {
    try (InputStream in = WordSplitsTest.class.getResourceAsStream("tokenizer-cases.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> sentences = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          sentences.add(unescape(line));
        }
      }
      return sentences;
    }
  }

  private static String unescape(String line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(i + 1);
        if (next == 't' || next == 'n') {
          out.append(next == 't' ? '\t' : '\n');
          i++;
          continue;
        }
        if (next == 'u' && i + 5 < line.length()) {
          out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
