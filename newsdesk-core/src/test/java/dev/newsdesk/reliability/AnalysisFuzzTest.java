package dev.newsdesk.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.analyze.AttributionFinder;
import dev.newsdesk.analyze.DateFinder;
import dev.newsdesk.analyze.EntityFinder;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage-guided fuzzing of analysis: sentences, dates (with any reference date the calendar has,
 * since a feed may claim any publication date), entities and attributions, and the whole analyzer
 * over an article's paragraphs.
 */
class AnalysisFuzzTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final DateFinder DATES = new DateFinder();
  private static final EntityFinder ENTITIES = new EntityFinder();
  private static final AttributionFinder ATTRIBUTIONS = new AttributionFinder();
  private static final Analyzer ANALYZER = new Analyzer();

  @FuzzTest
  void sentences(@NotNull String text) {
    List<Sentence> sentences = SPLITTER.split(text, "en");
    Contract.inside(text, sentences, Sentence::span, "sentence");
    for (Sentence s : sentences) {
      Contract.inside(text, s.tokens(), t -> t, "token");
    }
  }

  @FuzzTest
  void dates(FuzzedDataProvider data) {
    LocalDate reference = data.consumeBoolean() ? anyDate(data) : null;
    String text = data.consumeRemainingAsString();
    List<DateMention> dates = DATES.find(SPLITTER.split(text, "en"), reference);
    Contract.inside(text, dates, DateMention::span, "date");
  }

  @FuzzTest
  void entities(@NotNull String text) {
    Contract.inside(
        text, ENTITIES.find(text, SPLITTER.split(text, "en")), m -> m.span(), "entity mention");
  }

  @FuzzTest
  void attributions(@NotNull String text) {
    Contract.inside(
        text, ATTRIBUTIONS.find(text, SPLITTER.split(text, "en")), a -> a.content(), "quote");
  }

  /** The whole analyzer, as the pipeline runs it on an extracted article. */
  @FuzzTest
  void analyzer(FuzzedDataProvider data) {
    LocalDate published = data.consumeBoolean() ? anyDate(data) : null;
    String language = data.pickValue(new String[] {"und", "en", "de", "xx"});
    int count = data.consumeInt(1, 8);
    List<String> paragraphs =
        java.util.stream.IntStream.range(0, count)
            .mapToObj(
                i -> i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(400))
            .toList();
    Article article =
        new Article(
            new ArticleId("fuzz"),
            "fuzz.txt",
            null,
            null,
            null,
            null,
            published,
            null,
            language,
            paragraphs,
            false);
    Contract.analyzes(ANALYZER, article);
  }

  private static LocalDate anyDate(FuzzedDataProvider data) {
    return LocalDate.ofEpochDay(
        data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
  }
}
