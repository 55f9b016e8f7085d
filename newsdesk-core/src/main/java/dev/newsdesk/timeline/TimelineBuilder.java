package dev.newsdesk.timeline;

import dev.newsdesk.analyze.DateFinder;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.model.TimelineEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a story's timeline from the dates its articles mention.
 *
 * <p>An article without a publication date cannot resolve "December 8" or "on Sunday" alone; it is
 * read again against the story's date (the median publication date of its dated articles), since it
 * reports the same days. Copies add citations but no events.
 */
public final class TimelineBuilder {
  /** Dates further than this from the story's date are context, not the story's events. */
  private static final long BACKGROUND_DAYS = 60;

  private final DateFinder dates;

  public TimelineBuilder(DateFinder dates) {
    this.dates = dates;
  }

  private record Key(LocalDate date, DatePrecision precision) {}

  private static final class Event {
    String text;
    boolean textFromRelativeDate;
    final Set<ArticleId> citations = new LinkedHashSet<>();
  }

  public List<TimelineEntry> build(List<StoryMember> members) {
    LocalDate storyDate = storyDate(members);
    Map<Key, Event> events =
        new TreeMap<>(Comparator.comparing(Key::date).thenComparing(Key::precision));
    for (StoryMember member : members) {
      AnalyzedArticle article = member.article();
      List<DateMention> mentions =
          article.article().published() == null && storyDate != null
              ? dates.find(article.sentences(), storyDate)
              : article.dates();
      for (DateMention mention : mentions) {
        if (holdsADayOfItsSentence(mention, mentions)) {
          continue;
        }
        Event event =
            events.computeIfAbsent(new Key(mention.value(), mention.precision()), k -> new Event());
        // An event is told best by a sentence that writes its date out ("Dec. 8"), not by one
        // that only implies it ("on Sunday"), which may name something else (a TV show).
        boolean writtenOut = mention.text().chars().anyMatch(Character::isDigit);
        boolean better = event.text == null || event.textFromRelativeDate && writtenOut;
        if (better && !member.isCopy()) {
          event.text = article.sentences().get(mention.sentenceIndex()).text();
          event.textFromRelativeDate = !writtenOut;
        }
        event.citations.add(article.id());
      }
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    events.forEach(
        (key, event) -> {
          if (event.text != null) {
            timeline.add(
                new TimelineEntry(
                    key.date(),
                    key.precision(),
                    event.text,
                    List.copyOf(event.citations),
                    isBackground(key, storyDate)));
          }
        });
    return timeline;
  }

  /**
   * Design decision: a month or year whose sentence also names a day inside it is not an event of
   * its own. "Cut its key rate on Wednesday, its second reduction this year" tells one event, on
   * the Wednesday; the year would only repeat the sentence under a vaguer date (as background, for
   * a year). A month or year with no day of its own ("in February", "until 2066") stays.
   */
  private static boolean holdsADayOfItsSentence(DateMention mention, List<DateMention> all) {
    if (mention.precision() == DatePrecision.DAY) {
      return false;
    }
    for (DateMention other : all) {
      if (other.sentenceIndex() == mention.sentenceIndex()
          && other.precision() == DatePrecision.DAY
          && contains(mention, other.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(DateMention period, LocalDate day) {
    return period.precision() == DatePrecision.MONTH
        ? period.value().getYear() == day.getYear() && period.value().getMonth() == day.getMonth()
        : period.value().getYear() == day.getYear();
  }

  private static boolean isBackground(Key key, LocalDate storyDate) {
    if (key.precision() == DatePrecision.YEAR) {
      return true;
    }
    return storyDate != null
        && Math.abs(ChronoUnit.DAYS.between(key.date(), storyDate)) > BACKGROUND_DAYS;
  }

  /** The median publication date of the story's dated articles, or null when none is dated. */
  static LocalDate storyDate(List<StoryMember> members) {
    List<LocalDate> known =
        members.stream()
            .map(m -> m.article().article().published())
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    return known.isEmpty() ? null : known.get(known.size() / 2);
  }
}
