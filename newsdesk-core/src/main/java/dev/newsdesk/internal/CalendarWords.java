package dev.newsdesk.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English month and weekday names as news writes them, and full dates that need no context. */
public final class CalendarWords {
  /** Month names and their newsroom abbreviations ("Dec.", "Sept."). */
  public static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  public static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("jan", Month.JANUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("mar", Month.MARCH),
          Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("jun", Month.JUNE),
          Map.entry("jul", Month.JULY),
          Map.entry("aug", Month.AUGUST),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("dec", Month.DECEMBER));

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private CalendarWords() {}

  public static Month month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  public static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The first full date (with its year) written in the text, if any. */
  public static Optional<LocalDate> firstFullDate(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return safeDate(
          Integer.parseInt(m.group(3)), month(m.group(1)).getValue(), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return safeDate(
          Integer.parseInt(m.group(3)), month(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
    }
    m = ISO.matcher(text);
    if (m.find()) {
      return safeDate(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return Optional.empty();
  }

  /** Years news text plausibly means; outside them a written date is a typo or a code. */
  public static final int MIN_YEAR = 1000;

  public static final int MAX_YEAR = 2999;

  /** A date, or empty when the numbers name none (February 30, year 0). */
  public static Optional<LocalDate> safeDate(int year, int month, int day) {
    if (year < MIN_YEAR
        || year > MAX_YEAR
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }
}
