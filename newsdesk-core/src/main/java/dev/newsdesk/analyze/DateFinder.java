package dev.newsdesk.analyze;

import dev.newsdesk.internal.CalendarWords;
import dev.newsdesk.internal.Literals;
import dev.newsdesk.internal.NumberWords;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms news uses, resolved to the calendar. Absolute dates stand alone; a date
 * without its year, a weekday or "yesterday" is resolved against a reference date (the publication
 * date) and left out when there is none: a date that cannot be resolved is not guessed. Stateless
 * and thread-safe.
 */
public final class DateFinder {
  private static final String M = "(" + CalendarWords.MONTH + ")";
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + M + "(?:\\s+(\\d{4}))?\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + M + ",?\\s+(\\d{4})\\b");
  private static final Pattern IN_MONTH =
      Pattern.compile(
          "\\b(?:(?:in|since|until|by|from|early|late)\\s+|mid-)" + M + "(?![\\s\\d]*\\d)");
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?:in|since|until|by|from|before|after|through|at least|of|year)\\s+((?:1[6-9]|20)\\d\\d)\\b(?![,.]?\\d)"
              // A year is not followed by what it would count: "fell by 1800 tonnes".
              + "(?!\\s+(?!(?:and|or|the|to|when|after|before|but|which|as|that|with|in|on|at|for|until|if|while)\\b)\\p{Ll})");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(last|this|next|on|early|late)\\s+)?(" + CalendarWords.WEEKDAY + ")\\b");
  private static final Pattern DEICTIC =
      Pattern.compile(
          "\\b(today|yesterday|tomorrow|last weekend|this weekend|earlier this month|this month|last month|last year|this year)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A small count as news writes it: a digit or a number word. */
  private static final String COUNT = "(" + NumberWords.ALTERNATION + "|\\d{1,3})";

  /**
   * A distance back from publication: "two days ago", "a month ago", "three years ago". Weeks are
   * matched so they are not read as anything else, and left unresolved: a date has no week
   * precision, and a day would claim more than the text says.
   */
  private static final Pattern AGO =
      Pattern.compile(
          "\\b" + COUNT + "\\s+(day|week|month|year)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);

  /** Parts of the publication day, and the night before it. */
  private static final Pattern DAY_PART =
      Pattern.compile(
          "\\b(last night|tonight|this (?:morning|afternoon|evening))\\b",
          Pattern.CASE_INSENSITIVE);

  /** The month or year after publication. */
  private static final Pattern NEXT_PERIOD =
      Pattern.compile("\\bnext (month|year)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A day counted from another date of the same sentence: "a day earlier", "two days later", "the
   * next day", "the day before", or "three days before" a date written right after it.
   */
  private static final Pattern FROM_ANCHOR =
      Pattern.compile(
          "\\b(?:"
              + COUNT
              + "\\s+days?\\s+(earlier|later|before|after)"
              + "|the\\s+(next|following|previous)\\s+day|the\\s+day\\s+(before|after))\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What makes a bare weekday or month look forward: a future or planned action in the clause
   * before it ("will return home on Saturday", "is to return on Saturday", "plans to vote in
   * June"). "Set to" after "been" is a setting that was made ("had been set to public during a
   * migration in February"), not a plan.
   */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(?:will|won['’]t|shall|(?:\\p{L}+['’])?ll"
              + "|(?:is|are|am|was|were|be|plans?|planned|planning|hopes?|expects?|expected"
              + "|(?<!been\\s)set|due|scheduled|going|intends?|aims?|wants?|vowed|promised"
              + "|agreed|ready)\\s+to\\s+\\p{Ll}+)\\b");

  /** Where the clause of a date starts: the last comma, semicolon, colon or dash before it. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—]|\\s-\\s|\\s--\\s");

  /** Dates in the sentences, in text order; overlapping matches keep the longest. */
  public List<DateMention> find(List<Sentence> sentences, LocalDate given) {
    // A reference at the calendar's ends ("-999999999-01-01" parses as ISO) would overflow when
    // moved by a year; no report is dated there, so it resolves nothing (found by fuzzing).
    LocalDate reference = given != null && Math.abs(given.getYear()) < 1_000_000 ? given : null;
    List<DateMention> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<DateMention> inSentence = new ArrayList<>();
      Cues cues = Cues.of(sentence.text());
      absolute(sentence, reference, cues, inSentence);
      relative(sentence, reference, cues, inSentence);
      if (cues.fromPublication() && reference != null) {
        fromPublication(sentence, reference, inSentence);
      }
      if (cues.fromAnchor()
          && inSentence.stream().anyMatch(d -> d.precision() == DatePrecision.DAY)) {
        fromAnchor(sentence, inSentence);
      }
      inSentence.sort((a, b) -> a.span().compareTo(b.span()));
      // Sentences come in text order: only the mentions found last can overlap this one.
      int recent = found.size();
      for (DateMention mention : inSentence) {
        boolean covered =
            found.subList(Math.max(0, Math.min(recent, found.size()) - 8), found.size()).stream()
                .anyMatch(f -> f.span().overlaps(mention.span()));
        if (!covered) {
          found.add(mention);
        }
      }
    }
    return found;
  }

  /**
   * What a sentence holds that the patterns need, found in one look so that a pattern that cannot
   * match is not run: every absolute pattern needs an ASCII digit ({@code \d} is 0-9 here), ISO
   * dates a hyphen, the month patterns a month's first three letters as {@link CalendarWords#MONTH}
   * spells them (case-sensitive), the weekday pattern "day" (every weekday ends so), and the
   * deictic one, ASCII case-insensitive, one of its words (see {@link #DEICTIC_WORDS}).
   */
  private record Cues(
      boolean digit,
      boolean hyphen,
      boolean month,
      boolean weekday,
      boolean deictic,
      boolean fromPublication,
      boolean fromAnchor) {
    static Cues of(String text) {
      String lower = Literals.asciiLower(text);
      return new Cues(
          Literals.hasAsciiDigit(text),
          text.indexOf('-') >= 0,
          Literals.any(text, MONTH_STARTS),
          text.contains("day"),
          Literals.any(lower, DEICTIC_WORDS),
          Literals.any(lower, FROM_PUBLICATION_WORDS),
          Literals.any(lower, FROM_ANCHOR_WORDS));
    }
  }

  /**
   * A part of each alternative of {@link #AGO}, {@link #DAY_PART} and {@link #NEXT_PERIOD}, in
   * lower case: a sentence with none of them holds no such phrase.
   */
  static final String[] FROM_PUBLICATION_WORDS = {
    " ago", "night", "this morning", "this afternoon", "this evening", "next month", "next year"
  };

  /** A part of each alternative of {@link #FROM_ANCHOR}, in lower case. */
  static final String[] FROM_ANCHOR_WORDS = {" day"};

  /** How every alternative of {@link CalendarWords#MONTH} starts. */
  private static final String[] MONTH_STARTS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** A word of each of {@link #DEICTIC}'s alternatives, in lower case. */
  static final String[] DEICTIC_WORDS = {
    "today", "yesterday", "tomorrow", "weekend", "month", "year"
  };

  private void absolute(Sentence s, LocalDate ref, Cues cues, List<DateMention> out) {
    if (!cues.digit()) {
      return; // every pattern below has \d
    }
    // Spans that read as a full date but name none ("31 April 2024"): nothing inside them is
    // read again as a shorter date ("April 2024"), so an impossible date stays unresolved.
    List<Span> impossible = new ArrayList<>();
    Matcher m = ISO.matcher(cues.hyphen() ? s.text() : "");
    while (m.find()) {
      Optional<LocalDate> d = CalendarWords.safeDate(num(m, 1), num(m, 2), num(m, 3));
      if (d.isPresent()) {
        add(out, s, m, d.get(), DatePrecision.DAY, false);
      } else {
        impossible.add(new Span(m.start(), m.end()));
      }
    }
    if (cues.month()) {
      dayAndMonth(s, ref, MONTH_DAY.matcher(s.text()), 1, 2, out, impossible);
      dayAndMonth(s, ref, DAY_MONTH.matcher(s.text()), 2, 1, out, impossible);
    }
    Matcher my = MONTH_YEAR.matcher(cues.month() ? s.text() : "");
    while (my.find()) {
      if (!inside(impossible, my.start(), my.end())) {
        CalendarWords.safeDate(num(my, 2), CalendarWords.month(my.group(1)).getValue(), 1)
            .ifPresent(d -> add(out, s, my, d, DatePrecision.MONTH, false));
      }
    }
    Matcher y = YEAR.matcher(s.text());
    while (y.find()) {
      if (!inside(impossible, y.start(1), y.end(1))) {
        add(out, s, y.start(1), y.end(1), LocalDate.of(num(y, 1), 1, 1), DatePrecision.YEAR, false);
      }
    }
  }

  private static boolean inside(List<Span> spans, int start, int end) {
    Span span = new Span(start, end);
    return spans.stream().anyMatch(x -> x.overlaps(span));
  }

  private void dayAndMonth(
      Sentence s,
      LocalDate ref,
      Matcher m,
      int monthGroup,
      int dayGroup,
      List<DateMention> out,
      List<Span> impossible) {
    while (m.find()) {
      Month month = CalendarWords.month(m.group(monthGroup));
      int day = num(m, dayGroup);
      if (m.group(3) != null) {
        Optional<LocalDate> d = CalendarWords.safeDate(num(m, 3), month.getValue(), day);
        if (d.isPresent()) {
          add(out, s, m, d.get(), DatePrecision.DAY, false);
        } else {
          impossible.add(new Span(m.start(), m.end()));
        }
      } else if (ref != null) {
        Optional<LocalDate> sameYear = CalendarWords.safeDate(ref.getYear(), month.getValue(), day);
        // A month far after the reference is last year's: "Dec. 28" in a January report.
        sameYear
            .map(d -> d.isAfter(ref.plusDays(60)) ? d.minusYears(1) : d)
            .flatMap(d -> CalendarWords.safeDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
            .ifPresent(d -> add(out, s, m, d, DatePrecision.DAY, true));
      }
    }
  }

  private void relative(Sentence s, LocalDate ref, Cues cues, List<DateMention> out) {
    if (ref == null) {
      return;
    }
    Matcher w = WEEKDAY.matcher(cues.weekday() ? s.text() : "");
    while (w.find()) {
      DayOfWeek day = CalendarWords.weekday(w.group(2));
      String modifier = w.group(1) == null ? "" : w.group(1);
      LocalDate d =
          switch (modifier) {
            case "next" -> ref.with(TemporalAdjusters.next(day));
            case "last" -> ref.with(TemporalAdjusters.previous(day));
            default ->
                future(s.text(), w.start())
                    ? ref.with(TemporalAdjusters.nextOrSame(day))
                    : ref.with(TemporalAdjusters.previousOrSame(day));
          };
      add(out, s, w, d, DatePrecision.DAY, true);
    }
    Matcher in = IN_MONTH.matcher(cues.month() ? s.text() : "");
    while (in.find()) {
      Month month = CalendarWords.month(in.group(1));
      int year;
      if (future(s.text(), in.start())) {
        year = month.getValue() < ref.getMonthValue() ? ref.getYear() + 1 : ref.getYear();
      } else {
        year = month.getValue() > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear();
      }
      add(out, s, in.start(1), in.end(1), LocalDate.of(year, month, 1), DatePrecision.MONTH, true);
    }
    Matcher x = DEICTIC.matcher(cues.deictic() ? s.text() : "");
    while (x.find()) {
      deictic(x.group(1).toLowerCase(Locale.ROOT), ref)
          .ifPresent(r -> add(out, s, x, r.date(), r.precision(), true));
    }
  }

  /** Dates counted from publication: "two days ago", "last night", "next month". */
  private void fromPublication(Sentence s, LocalDate ref, List<DateMention> out) {
    String text = s.text();
    Matcher ago = AGO.matcher(text);
    while (ago.find()) {
      int n = count(ago.group(1));
      switch (ago.group(2).toLowerCase(Locale.ROOT)) {
        case "day" -> add(out, s, ago, ref.minusDays(n), DatePrecision.DAY, true);
        case "month" ->
            add(out, s, ago, ref.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH, true);
        case "year" ->
            add(out, s, ago, ref.minusYears(n).withDayOfYear(1), DatePrecision.YEAR, true);
        default -> {} // weeks: no week precision (see AGO)
      }
    }
    Matcher part = DAY_PART.matcher(text);
    while (part.find()) {
      boolean before = part.group(1).toLowerCase(Locale.ROOT).startsWith("last");
      add(out, s, part, before ? ref.minusDays(1) : ref, DatePrecision.DAY, true);
    }
    Matcher next = NEXT_PERIOD.matcher(text);
    while (next.find()) {
      if (next.group(1).equalsIgnoreCase("month")) {
        add(out, s, next, ref.plusMonths(1).withDayOfMonth(1), DatePrecision.MONTH, true);
      } else {
        add(out, s, next, ref.plusYears(1).withDayOfYear(1), DatePrecision.YEAR, true);
      }
    }
  }

  /**
   * Days counted from a day-precise date of the sentence: "a day earlier", "the next day". Design
   * decision: the date counted from must be in the same sentence, written before the count ("on
   * March 23 ..., a day earlier") or, for "N days before/after", right after it ("two days before
   * March 23"); otherwise the count stays unresolved. "Four days before Brightmoor made the breach
   * public" counts from an event, not a date, and the sentence before may be about another day:
   * guessing would put a wrong day on the timeline.
   */
  private void fromAnchor(Sentence s, List<DateMention> out) {
    String text = s.text();
    Matcher m = FROM_ANCHOR.matcher(text);
    while (m.find()) {
      int days;
      boolean forward;
      boolean anchorAfter;
      if (m.group(2) != null) {
        days = count(m.group(1));
        String way = m.group(2).toLowerCase(Locale.ROOT);
        forward = way.equals("later") || way.equals("after");
        anchorAfter = way.equals("before") || way.equals("after");
      } else {
        days = 1;
        String way = (m.group(3) != null ? m.group(3) : m.group(4)).toLowerCase(Locale.ROOT);
        forward = way.equals("next") || way.equals("following") || way.equals("after");
        anchorAfter = false;
      }
      int offset = s.span().start();
      Optional<DateMention> anchor =
          anchorAfter
              ? dayRightAfter(out, offset + m.end(), text, offset)
              : lastDayBefore(out, offset + m.start());
      if (anchor.isPresent()) {
        LocalDate from = anchor.get().value();
        add(
            out,
            s,
            m,
            forward ? from.plusDays(days) : from.minusDays(days),
            DatePrecision.DAY,
            true);
      }
    }
  }

  /** The last day-precise date of the sentence that ends before {@code position}. */
  private static Optional<DateMention> lastDayBefore(List<DateMention> found, int position) {
    DateMention last = null;
    for (DateMention d : found) {
      if (d.precision() == DatePrecision.DAY
          && d.span().end() <= position
          && (last == null || d.span().end() > last.span().end())) {
        last = d;
      }
    }
    return Optional.ofNullable(last);
  }

  /** A day-precise date that starts right after {@code position} ("before March 23"). */
  private static Optional<DateMention> dayRightAfter(
      List<DateMention> found, int position, String text, int offset) {
    for (DateMention d : found) {
      if (d.precision() == DatePrecision.DAY
          && d.span().start() >= position
          && text.substring(position - offset, d.span().start() - offset)
              .matches("\\s*(?:on\\s+)?")) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static int count(String word) {
    return NumberWords.value(word).orElseGet(() -> Integer.parseInt(word));
  }

  /**
   * Design decision: a bare weekday or month is resolved backwards (news reports what happened)
   * unless its own clause speaks of the future: the text from the last clause break before the date
   * holds "will", "'ll", "shall" or "is/plans/expects/set/due … to VERB". Only the date's own
   * clause counts, so in "He will go, he said on Saturday" the Saturday stays in the past.
   */
  static boolean future(String sentence, int dateStart) {
    // A clause is short; a bounded look-back keeps a run-on "sentence" linear.
    String before = sentence.substring(Math.max(0, dateStart - 200), dateStart);
    Matcher breaks = CLAUSE_BREAK.matcher(before);
    int clause = 0;
    while (breaks.find()) {
      clause = breaks.end();
    }
    return FUTURE.matcher(before.substring(clause)).find();
  }

  private record Resolved(LocalDate date, DatePrecision precision) {}

  private static Optional<Resolved> deictic(String phrase, LocalDate ref) {
    return Optional.ofNullable(
        switch (phrase) {
          case "today" -> new Resolved(ref, DatePrecision.DAY);
          case "yesterday" -> new Resolved(ref.minusDays(1), DatePrecision.DAY);
          case "tomorrow" -> new Resolved(ref.plusDays(1), DatePrecision.DAY);
          // The weekend before the publication week: on a Sunday, "last weekend" is not today.
          case "last weekend" ->
              new Resolved(
                  ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(2),
                  DatePrecision.DAY);
          case "this weekend" ->
              new Resolved(
                  ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), DatePrecision.DAY);
          case "earlier this month", "this month" ->
              new Resolved(ref.withDayOfMonth(1), DatePrecision.MONTH);
          case "last month" ->
              new Resolved(ref.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
          case "last year" -> new Resolved(ref.minusYears(1).withDayOfYear(1), DatePrecision.YEAR);
          case "this year" -> new Resolved(ref.withDayOfYear(1), DatePrecision.YEAR);
          default -> null;
        });
  }

  private static void add(
      List<DateMention> out,
      Sentence s,
      Matcher m,
      LocalDate d,
      DatePrecision p,
      boolean relative) {
    add(out, s, m.start(), m.end(), d, p, relative);
  }

  private static void add(
      List<DateMention> out,
      Sentence s,
      int start,
      int end,
      LocalDate d,
      DatePrecision p,
      boolean relative) {
    int offset = s.span().start();
    Span span = new Span(offset + start, offset + end);
    if (out.stream().anyMatch(o -> o.span().contains(span))) {
      return;
    }
    out.removeIf(o -> span.contains(o.span()));
    out.add(new DateMention(span, s.text().substring(start, end), d, p, relative, s.index()));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
