package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributionLabelsTest {
  private static AttributionTagger tagger;

  @BeforeAll
  static void train() throws IOException {
    List<AttributionExample> examples = new ArrayList<>();
    String[][] written = {
      {"Ana Ruiz", "mused", "the harvest was early"},
      {"The ferry captain", "mused", "the tide would turn at noon"},
      {"Dr. Olu Bello", "mused", "the clinic needed more beds"},
      {"A neighbour", "mused", "the fence had moved"},
    };
    for (String[] w : written) {
      String text = w[0] + " " + w[1] + " that " + w[2] + ". Nothing else happened.";
      examples.add(
          new AttributionExample(
              text,
              List.of(span(text, w[0])),
              List.of(span(text, w[1])),
              List.of(span(text, w[2]))));
    }
    tagger = AttributionTrainer.train(examples, new AttributionTrainingConfig(5, 0.1, 0, 1));
  }

  @Test
  void partsBecomeBilouLabelsAndBackThroughBio() {
    String text = "Ana Ruiz said the harvest was early.";
    SentenceSplitter splitter = new SentenceSplitter();
    List<Span> tokens = splitter.split(text, "en").get(0).tokens();

    String[] labels =
        AttributionLabels.encode(
            tokens,
            List.of(span(text, "Ana Ruiz")),
            List.of(span(text, "said")),
            List.of(span(text, "the harvest was early")));

    assertThat(labels)
        .containsExactly(
            "B-source",
            "L-source",
            "U-cue",
            "B-content",
            "I-content",
            "I-content",
            "L-content",
            "O");
    assertThat(AttributionLabels.toBio(labels))
        .containsExactly(
            "B-source",
            "I-source",
            "B-cue",
            "B-content",
            "I-content",
            "I-content",
            "I-content",
            "O");
    assertThat(AttributionLabels.decode(AttributionLabels.toBio(labels)))
        .containsExactly(
            new AttributionLabels.Part("source", 0, 2),
            new AttributionLabels.Part("cue", 2, 3),
            new AttributionLabels.Part("content", 3, 7));
  }

  @Test
  void anInsideLabelMayOnlyFollowABeginOrInsideLabelOfItsKind() {
    assertThat(AttributionLabels.valid(null, "I-cue")).isFalse();
    assertThat(AttributionLabels.valid("O", "I-cue")).isFalse();
    assertThat(AttributionLabels.valid("B-source", "I-cue")).isFalse();
    assertThat(AttributionLabels.valid("B-cue", "I-cue")).isTrue();
    assertThat(AttributionLabels.valid("I-cue", "I-cue")).isTrue();
    assertThat(AttributionLabels.valid("I-content", "B-cue")).isTrue();
  }

  @Test
  void anInsideLabelThatMayNotFollowBeginsAPartOfItsKind() {
    String[] labels = {"I-cue", "O", "I-content", "I-content", "B-source", "I-cue", "I-cue"};

    assertThat(AttributionLabels.repaired(labels))
        .containsExactly("B-cue", "O", "B-content", "I-content", "B-source", "B-cue", "I-cue");
  }

  @Test
  void theTaggerOnlyEverEmitsValidBioSequences() {
    SentenceSplitter splitter = new SentenceSplitter();
    for (String text :
        List.of(
            "Ana Ruiz mused that the harvest was early. Nothing else happened.",
            "mused mused mused that that that",
            "“The fence had moved,” a neighbour mused, “and nobody saw it.”",
            "The ferry captain, who mused often, said nothing. Then Dr. Bello mused.",
            "...",
            "that")) {
      AttributionSequence sequence =
          AttributionSequence.of(text, splitter.split(text, "en"), List.of());
      String[] labels = tagger.labels(sequence);
      assertThat(labels).as(text).hasSize(sequence.size());
      for (int i = 0; i < labels.length; i++) {
        if (labels[i].startsWith("I-")) {
          String kind = labels[i].substring(2);
          assertThat(
                  i > 0 && (labels[i - 1].equals("B-" + kind) || labels[i - 1].equals(labels[i])))
              .as(text + " token " + i + " " + String.join(" ", labels))
              .isTrue();
        }
      }
    }
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    return new Span(at, at + part.length());
  }
}
