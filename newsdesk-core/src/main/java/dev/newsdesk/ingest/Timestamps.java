package dev.newsdesk.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Lenient parsing of the timestamps containers carry: ISO-8601 in its common forms, RFC 1123. */
final class Timestamps {
  private Timestamps() {}

  /** The instant, when the text carries a time of day; null otherwise. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notRfc) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      return null;
    }
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
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException notRfc) {
      // try the next form
    }
    if (value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
