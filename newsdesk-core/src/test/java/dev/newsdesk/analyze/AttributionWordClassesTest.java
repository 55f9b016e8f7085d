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

  /**
   * The lemmatizer leaves a capitalised past form as it is ("Built"), while "built" is "build": the
   * lemma of a sentence's first word is that of its lower-case form, whatever was read before.
   */
  @Test
  void aCapitalisedVerbHasTheLemmaOfItsLowerCaseForm() {
    TaggedText capitalised = tagged("Built in 1920, the bridge still stands.");
    TaggedText lower = tagged("The bridge was built in 1920.");

    assertThat(capitalised.tagOf("Built")).isEqualTo("VERB");
    assertThat(capitalised.lemmaOf("Built")).isEqualTo("build");
    assertThat(lower.lemmaOf("built")).isEqualTo("build");
  }

  /** A text's words beside their tags and lemmas, looked up by word. */
  private record TaggedText(List<String> words, AttributionWordClasses.Tagged tagged) {
    String tagOf(String word) {
      return tagged.tags()[words.indexOf(word)];
    }

    String lemmaOf(String word) {
      return tagged.lemmas()[words.indexOf(word)];
    }
  }

  private TaggedText tagged(String text) {
    List<Sentence> sentences = splitter.split(text, "en");
    List<String> words =
        sentences.stream().flatMap(s -> s.tokens().stream()).map(t -> t.of(text)).toList();
    return new TaggedText(words, AttributionWordClasses.of(text, sentences));
  }
}
