package dev.newsdesk.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, loaded once for the class: paraphrases are near, unrelated sentences far. */
class MiniLmEmbedderTest {
  private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

  @Test
  void aParaphraseInOtherWordsIsNearerThanAnUnrelatedSentenceOnEveryFixtureLine()
      throws IOException {
    List<String[]> lines = fixture("paraphrases.tsv");
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    for (String[] line : lines) {
      float[] sentence = EMBEDDER.embed(line[0]);
      double paraphrase = cosine(sentence, EMBEDDER.embed(line[1]));
      double unrelated = cosine(sentence, EMBEDDER.embed(line[2]));
      assertThat(paraphrase).as("paraphrase of: %s", line[0]).isGreaterThan(0.3);
      assertThat(unrelated).as("unrelated to: %s", line[0]).isLessThan(0.15);
      assertThat(paraphrase - unrelated).as(line[0]).isGreaterThan(0.3);
    }
  }

  @Test
  void eachSentencesParaphraseIsItsNearestAmongAllTheOtherFixtureSentences() throws IOException {
    List<String[]> lines = fixture("paraphrases.tsv");
    List<float[]> others = new ArrayList<>();
    for (String[] line : lines) {
      others.add(EMBEDDER.embed(line[1]));
      others.add(EMBEDDER.embed(line[2]));
    }
    for (int i = 0; i < lines.size(); i++) {
      float[] sentence = EMBEDDER.embed(lines.get(i)[0]);
      int nearest = 0;
      for (int j = 1; j < others.size(); j++) {
        if (cosine(sentence, others.get(j)) > cosine(sentence, others.get(nearest))) {
          nearest = j;
        }
      }
      assertThat(nearest).as(lines.get(i)[0]).isEqualTo(2 * i);
    }
  }

  @Test
  void everyVectorHasTheModelsDimensionAndUnitLength() {
    float[] v = EMBEDDER.embed("Floods close the coastal road.");
    assertThat(v).hasSize(MiniLmEmbedder.DIMENSION);
    assertThat(cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void theSameTextGivesTheSameVector() {
    String text = "The mayor opened the rebuilt bridge on Monday.";
    assertThat(EMBEDDER.embed(text)).containsExactly(EMBEDDER.embed(text));
  }

  @Test
  void anEmptyTextIsRefusedWithTheReason() {
    assertThatThrownBy(() -> EMBEDDER.embed("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty text");
  }

  private static List<String[]> fixture(String name) throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in = MiniLmEmbedderTest.class.getResourceAsStream("/embeddings/" + name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.split("\t"));
        }
      }
    }
    return lines;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
