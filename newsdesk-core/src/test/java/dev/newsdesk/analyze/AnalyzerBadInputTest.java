package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that is not news prose goes through every analysis without an error. */
class AnalyzerBadInputTest {
  private final Analyzer analyzer = new Analyzer();

  @Test
  void anEmptyTextHasNoSentencesAndNoFindings() {
    AnalyzedArticle a = analyze("");
    assertThat(a.sentences()).isEmpty();
    assertThat(a.attributions()).isEmpty();
  }

  @Test
  void textWithNoSentencesIsAnalyzed() {
    AnalyzedArticle a = analyze("--- *** ... ??? !!! ,,,, ;;;; 12 34 56");
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void aOneMegabyteSentenceIsAnalyzed() {
    String words = "the harbour master said that the ferry from Tartus would sail on Sunday and ";
    AnalyzedArticle a = analyze(words.repeat(1_000_000 / words.length()));
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void aFiveMegabyteParagraphIsAnalyzed() {
    String sentence = "Ilse Varga said the ferry would sail from Tartus on Dec. 9. ";
    AnalyzedArticle a = analyze(sentence.repeat(5_000_000 / sentence.length()));
    assertThat(a.sentences()).hasSizeGreaterThan(1000);
  }

  @Test
  void mixedScriptsAndRightToLeftTextAreAnalyzed() {
    AnalyzedArticle a =
        analyze(
            "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u0625\u0646 "
                + "the ferry \u05E9\u05DC\u05D5\u05DD sailed \u041C\u043E\u0441\u043A\u0432\u0430 "
                + "\u6771\u4EAC on Sunday, the mayor said.");
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreAnalyzed() {
    AnalyzedArticle a =
        analyze(
            "The mayor\u0000 said\u0007 that the \uD800ferry\uDC00 would sail \uFFFE on Dec. 9.\u001B");
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void binaryLookingTextIsAnalyzed() {
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noise.append((char) ((i * 7919) % 0x2FF));
    }
    assertThat(analyze(noise.toString())).isNotNull();
  }

  private AnalyzedArticle analyze(String text) {
    Article article =
        new Article(
            new ArticleId("a-bad-input"),
            "bad-input.txt",
            null,
            null,
            null,
            null,
            LocalDate.of(2024, 12, 9),
            null,
            "und",
            List.of(text),
            false);
    return analyzer.analyze(article);
  }
}
