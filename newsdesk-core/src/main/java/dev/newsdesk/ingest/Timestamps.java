package dev.newsdesk.ingest;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;

/**
 * Lenient parsing of the timestamps containers carry: ISO-8601 in its common forms, RFC 1123.
 *
 * <p>Design decision: each form is tried without an exception when the text is not in that form. A
 * plain date ("2025-06-04", the commonest {@code published} of a JSON item) failed two forms for
 * its date and three for its instant, and each failure was a {@link DateTimeParseException} with
 * the stack trace of a request thread: about 2 % of the CPU of ingesting a short article through
 * the API. {@link DateTimeFormatter#parseUnresolved} says whether the text has the form, without
 * throwing; only text that has it is parsed for real (which may still throw, for "2025-02-30").
 * What is accepted is exactly what the forms' own {@code parse} methods accept.
 */
final class Timestamps {
  private Timestamps() {}

  /** The instant, when the text carries a time of day; null otherwise. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    OffsetDateTime offset =
        parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from);
    if (offset != null) {
      return offset.toInstant();
    }
    ZonedDateTime rfc = parse(value, DateTimeFormatter.RFC_1123_DATE_TIME, ZonedDateTime::from);
    if (rfc != null) {
      return rfc.toInstant();
    }
    LocalDateTime local = parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from);
    return local == null ? null : local.toInstant(ZoneOffset.UTC);
  }

  /**
   * The calendar date of the text, in the time zone it was written in ("2025-06-04T00:30+02:00" is
   * June 4, the outlet's day, not June 3 in UTC); null when unreadable.
   */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    OffsetDateTime offset =
        parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from);
    if (offset != null) {
      return offset.toLocalDate();
    }
    ZonedDateTime rfc = parse(value, DateTimeFormatter.RFC_1123_DATE_TIME, ZonedDateTime::from);
    if (rfc != null) {
      return rfc.toLocalDate();
    }
    if (value.length() < 10) {
      return null;
    }
    return parse(value.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from);
  }

  /**
   * The text in this form, or null when it is not in it: what {@code formatter.parse(value, query)}
   * returns, without its exception for text of another form.
   */
  private static <T> T parse(String value, DateTimeFormatter formatter, TemporalQuery<T> query) {
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor unresolved = formatter.parseUnresolved(value, position);
    if (unresolved == null
        || position.getErrorIndex() >= 0
        || position.getIndex() != value.length()) {
      return null;
    }
    try {
      return formatter.parse(value, query);
    } catch (DateTimeException invalid) {
      return null; // in the form, but not a real date or time ("2025-02-30")
    }
  }
}
