package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.Sentence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionAssemblyTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void aTaggedCueThatOverlapsARuleCueKeepsItsOwnSpanAndTheRulesOtherParts() {
    String text = "The harbour master said Friday that the ferry would sail at noon.";
    List<Sentence> sentences = splitter.split(text, "en");
    List<Attribution> ruled = new AttributionFinder().find(text, sentences);
    assertThat(ruled).hasSize(1);
    assertThat(ruled.get(0).cue().of(text)).isEqualTo("said");
    AttributionSequence sequence = AttributionSequence.of(text, sentences, ruled);
    List<String> words = Arrays.asList(sequence.words);
    int said = words.indexOf("said");
    int that = words.indexOf("that");
    List<AttributionLabels.Part> parts =
        List.of(
            new AttributionLabels.Part(AttributionLabels.CUE, said, said + 2),
            new AttributionLabels.Part(AttributionLabels.CONTENT, that, words.size() - 1));

    List<Attribution> found = AttributionAssembly.assemble(sequence, parts, ruled, List.of());

    assertThat(found).hasSize(1);
    assertThat(found.get(0).cue().of(text)).isEqualTo("said Friday");
    assertThat(found.get(0).source()).isEqualTo(ruled.get(0).source());
    assertThat(found.get(0).content()).isEqualTo(ruled.get(0).content());
  }
}
