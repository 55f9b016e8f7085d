package dev.newsdesk.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each phrase stands in "The council met PHRASE at the town hall.", published Tuesday 10 December
 * 2024.
 */
class DateFinderTest {
  private static final LocalDate TUESDAY = LocalDate.of(2024, 12, 10);

  private final DateFinder finder = new DateFinder();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Dec. 9              | 2024-12-09 | DAY   | true
          December 9, 2024    | 2024-12-09 | DAY   | false
          9 December          | 2024-12-09 | DAY   | true
          2024-12-09          | 2024-12-09 | DAY   | false
          Dec 9th             | 2024-12-09 | DAY   | true
          9th December 2024   | 2024-12-09 | DAY   | false
          Sept. 30            | 2024-09-30 | DAY   | true
          May 5               | 2024-05-05 | DAY   | true
          on 3 October 2023   | 2023-10-03 | DAY   | false
          on Sunday           | 2024-12-08 | DAY   | true
          on Friday           | 2024-12-06 | DAY   | true
          on Tuesday          | 2024-12-10 | DAY   | true
          next Monday         | 2024-12-16 | DAY   | true
          yesterday           | 2024-12-09 | DAY   | true
          today               | 2024-12-10 | DAY   | true
          tomorrow            | 2024-12-11 | DAY   | true
          last weekend        | 2024-12-07 | DAY   | true
          this weekend        | 2024-12-14 | DAY   | true
          earlier this month  | 2024-12-01 | MONTH | true
          this month          | 2024-12-01 | MONTH | true
          last month          | 2024-11-01 | MONTH | true
          in June             | 2024-06-01 | MONTH | true
          in December         | 2024-12-01 | MONTH | true
          March 2023          | 2023-03-01 | MONTH | false
          December 2024       | 2024-12-01 | MONTH | false
          since 2015          | 2015-01-01 | YEAR  | false
          until at least 2066 | 2066-01-01 | YEAR  | false
          by 2030             | 2030-01-01 | YEAR  | false
          in 2019             | 2019-01-01 | YEAR  | false
          last year           | 2023-01-01 | YEAR  | true
          this year           | 2024-01-01 | YEAR  | true
          """)
  void aPhraseIsResolvedAgainstThePublicationDate(
      String phrase, LocalDate value, DatePrecision precision, boolean relative) {
    assertThat(find(phrase, TUESDAY))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo(value))
        .satisfies(m -> assertThat(m.precision()).isEqualTo(precision))
        .satisfies(m -> assertThat(m.relative()).isEqualTo(relative));
  }

  /**
   * The finder skips a pattern when the sentence lacks what every match needs (a digit, a month's
   * first letters, "day", a deictic word in any case): each month and each deictic word, in the
   * cases the patterns accept, is still found.
   */
  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Jan. 5             | 2024-01-05 | DAY   | true
          Feb 5              | 2024-02-05 | DAY   | true
          5 Mar 2024         | 2024-03-05 | DAY   | false
          Apr. 5             | 2024-04-05 | DAY   | true
          Jun 5              | 2024-06-05 | DAY   | true
          July 5             | 2024-07-05 | DAY   | true
          Aug 5              | 2024-08-05 | DAY   | true
          5 Sep              | 2024-09-05 | DAY   | true
          Oct 5              | 2024-10-05 | DAY   | true
          Nov. 5             | 2024-11-05 | DAY   | true
          mid-July           | 2024-07-01 | MONTH | true
          Yesterday          | 2024-12-09 | DAY   | true
          TOMORROW           | 2024-12-11 | DAY   | true
          Today              | 2024-12-10 | DAY   | true
          This Weekend       | 2024-12-14 | DAY   | true
          Earlier This Month | 2024-12-01 | MONTH | true
          LAST MONTH         | 2024-11-01 | MONTH | true
          Last Year          | 2023-01-01 | YEAR  | true
          last Thursday      | 2024-12-05 | DAY   | true
          on Wednesday       | 2024-12-04 | DAY   | true
          """)
  void everyMonthAndDeicticWordIsFoundInTheCasesItsPatternAccepts(
      String phrase, LocalDate value, DatePrecision precision, boolean relative) {
    aPhraseIsResolvedAgainstThePublicationDate(phrase, value, precision, relative);
  }

  @Test
  void aLateDecemberDateInAnEarlyJanuaryReportIsLastYears() {
    assertThat(find("Dec. 28", LocalDate.of(2025, 1, 5)))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2024-12-28"));
  }

  @Test
  void aMonthLaterInTheYearThanTheReportIsLastYears() {
    assertThat(find("in November", LocalDate.of(2025, 1, 5)))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2024-11-01"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dec. 9",
        "9 December",
        "Dec 9th",
        "on Sunday",
        "next Monday",
        "yesterday",
        "last weekend",
        "earlier this month",
        "in June",
        "last month",
        "last year"
      })
  void withoutAPublicationDateARelativePhraseIsLeftOutNeverGuessed(String phrase) {
    assertThat(find(phrase, null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"December 9, 2024", "2024-12-09", "since 2015", "March 2023"})
  void withoutAPublicationDateAnAbsoluteDateIsStillResolved(String phrase) {
    assertThat(find(phrase, null))
        .singleElement()
        .satisfies(m -> assertThat(m.relative()).isFalse());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Feb. 30",
        "February 30, 2024",
        "2024-02-30",
        "31 April",
        "31 April 2024",
        "February 29, 2100",
        "0000-12-09",
        "December 9, 0000",
        "9999-12-31"
      })
  void aDayThatTheCalendarDoesNotHaveIsNoDate(String phrase) {
    assertThat(find(phrase, TUESDAY)).isEmpty();
  }

  @Test
  void aMentionPointsIntoTheArticleTextAndNamesItsSentence() {
    String text = "The ferry sailed on time. The council met on Dec. 9 at the town hall.";
    List<Sentence> sentences =
        List.of(sentence(0, text, 0, 25), sentence(1, text, 26, text.length()));

    List<DateMention> found = finder.find(sentences, TUESDAY);

    assertThat(found)
        .singleElement()
        .satisfies(m -> assertThat(m.span().of(text)).isEqualTo("Dec. 9"));
    assertThat(found.get(0).sentenceIndex()).isEqualTo(1);
  }

  @Test
  void lastTuesdaySaidOnATuesdayIsAWeekBefore() {
    assertThat(find("last Tuesday", TUESDAY))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2024-12-03"));
  }

  @Test
  void midNovemberIsNovember() {
    assertThat(find("mid-November", TUESDAY))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2024-11-01"))
        .satisfies(m -> assertThat(m.precision()).isEqualTo(DatePrecision.MONTH));
  }

  @Test
  void lastWeekendSaidOnASundayIsTheWeekendBefore() {
    assertThat(find("last weekend", LocalDate.parse("2024-12-15")))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2024-12-07"));
  }

  @Test
  void aQuantityAfterByIsNoYear() {
    assertThat(find("as the catch fell by 1800 tonnes", TUESDAY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The crew will return home on Saturday.                        | 2024-12-14
          The crew is to return home on Saturday.                       | 2024-12-14
          The crew plans to return home on Saturday, officials said.    | 2024-12-14
          The crew returned home on Saturday.                           | 2024-12-07
          The crew will return home, the captain said on Saturday.      | 2024-12-07
          The minister is due to arrive on Thursday.                    | 2024-12-12
          The crew said they'll leave on Friday.                        | 2024-12-13
          The crew left on Wednesday.                                   | 2024-12-11
          The vote is set to take place on Saturday.                    | 2024-12-14
          The alarm had been set to silent on Saturday.                 | 2024-12-07
          """)
  void aBareWeekdayInAFutureClauseLooksForward(String sentence, String expected) {
    // Published Thursday 12 December 2024.
    List<DateMention> found =
        finder.find(
            List.of(sentence(0, sentence, 0, sentence.length())), LocalDate.parse("2024-12-12"));
    assertThat(found).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(expected));
  }

  @Test
  void aMonthEarlierInTheYearInAFutureClauseIsNextYears() {
    String text = "The council will vote on the budget in March.";
    assertThat(finder.find(List.of(sentence(0, text, 0, text.length())), TUESDAY))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo("2025-03-01"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          two days ago       | 2024-12-08 | DAY
          a day ago          | 2024-12-09 | DAY
          10 days ago        | 2024-11-30 | DAY
          three months ago   | 2024-09-01 | MONTH
          a year ago         | 2023-01-01 | YEAR
          Five Years Ago     | 2019-01-01 | YEAR
          last night         | 2024-12-09 | DAY
          tonight            | 2024-12-10 | DAY
          this morning       | 2024-12-10 | DAY
          this evening       | 2024-12-10 | DAY
          next month         | 2025-01-01 | MONTH
          next year          | 2025-01-01 | YEAR
          """)
  void aDistanceFromPublicationIsCountedBackOrForward(
      String phrase, LocalDate value, DatePrecision precision) {
    aPhraseIsResolvedAgainstThePublicationDate(phrase, value, precision, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"two weeks ago", "a week ago"})
  void weeksAgoStayUnresolvedForADateHasNoWeekPrecision(String phrase) {
    assertThat(find(phrase, TUESDAY)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Karvel play away on March 23, while Port Selna host Veska City a day earlier.  | 2024-03-22
          The ceasefire began on Dec. 9 and the convoy left two days later.              | 2024-12-11
          The talks opened on 2 December; the envoy arrived the next day.                | 2024-12-03
          The talks opened on 2 December; the envoy had arrived the day before.          | 2024-12-01
          Officials met three days before December 9 to plan the route.                  | 2024-12-06
          """)
  void aDayCountedFromAnotherDateOfTheSentenceIsResolvedFromIt(String text, LocalDate value) {
    List<DateMention> found = finder.find(List.of(sentence(0, text, 0, text.length())), TUESDAY);

    assertThat(found).hasSize(2);
    assertThat(found)
        .filteredOn(DateMention::relative)
        .filteredOn(m -> !m.text().matches("(?i).*(dec|march).*"))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo(value))
        .satisfies(m -> assertThat(m.precision()).isEqualTo(DatePrecision.DAY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The file was advertised four days before the company made the breach public.",
        "The envoy arrived the next day.",
        "Two days later the convoy left, and on Dec. 9 it arrived."
      })
  void aDayCountedFromNoDateOfItsSentenceStaysUnresolved(String text) {
    List<DateMention> found = finder.find(List.of(sentence(0, text, 0, text.length())), TUESDAY);

    assertThat(found).allSatisfy(m -> assertThat(m.text()).doesNotContainIgnoringCase("day"));
  }

  private List<DateMention> find(String phrase, LocalDate published) {
    String text = "The council met " + phrase + " at the town hall.";
    return finder.find(List.of(sentence(0, text, 0, text.length())), published);
  }

  private static Sentence sentence(int index, String text, int start, int end) {
    return new Sentence(index, new Span(start, end), text.substring(start, end), List.of());
  }
}
