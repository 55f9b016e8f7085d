package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionWordClassesTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void everyTokenGetsATagAndALowerCaseLemma() {
    String text = "The mayor said the plans were announced. She says ferries run daily.";
    List<Sentence> sentences = splitter.split(text, "en");
    int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();

    AttributionWordClasses.Tagged tagged = AttributionWordClasses.of(text, sentences);

    assertThat(tagged.tags()).hasSize(tokens).doesNotContainNull();
    assertThat(tagged.lemmas()).hasSize(tokens).doesNotContainNull();
    assertThat(tagged.lemmas()).allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void inflectedCueVerbsShareTheirLemma() {
    String text = "The mayor said the plans were announced. She says ferries run daily.";
    List<Sentence> sentences = splitter.split(text, "en");

    AttributionWordClasses.Tagged tagged = AttributionWordClasses.of(text, sentences);

    List<String> words =
        sentences.stream().flatMap(s -> s.tokens().stream()).map(t -> t.of(text)).toList();
    assertThat(tagged.lemmas()[words.indexOf("said")]).isEqualTo("say");
    assertThat(tagged.lemmas()[words.indexOf("says")]).isEqualTo("say");
    assertThat(tagged.lemmas()[words.indexOf("plans")]).isEqualTo("plan");
    assertThat(tagged.tags()[words.indexOf("said")]).isEqualTo("VERB");
    assertThat(tagged.tags()[words.indexOf("mayor")]).isEqualTo("NOUN");
  }

  @Test
  void theSameTextIsTaggedTheSameWayTwice() {
    String text = "Officials believe the bridge will reopen, the ministry said.";
    List<Sentence> sentences = splitter.split(text, "en");

    AttributionWordClasses.Tagged first = AttributionWordClasses.of(text, sentences);
    AttributionWordClasses.Tagged second = AttributionWordClasses.of(text, sentences);

    assertThat(second.tags()).containsExactly(first.tags());
    assertThat(second.lemmas()).containsExactly(first.lemmas());
  }
}
