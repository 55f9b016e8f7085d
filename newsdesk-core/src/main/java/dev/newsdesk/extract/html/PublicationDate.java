package dev.newsdesk.extract.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as a page states it: always the calendar date, and the instant only when the
 * page gave a time with an offset or zone.
 *
 * <p>Design decision: lenient by pattern, strict by calendar. The parser finds an ISO-looking date
 * anywhere in the string ({@code 2019-11-19T10:00:00+0000}, {@code 2019/11/19}, {@code 2019-11-19
 * 10:00 UTC}) or reads RFC 1123, but {@code 2019-02-30} is rejected, not rolled over, and so is a
 * placeholder year before 1900 ({@code 0001-01-01}), so the next source is tried. A local time
 * without an offset gives the date only, because guessing the zone would invent an instant.
 */
record PublicationDate(LocalDate date, Instant instant) {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");

  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

  /** Years before this are placeholders ({@code 0001-01-01}), not publication dates. */
  private static final int EARLIEST_YEAR = 1900;

  /** The date in {@code s}, or null when there is none that the calendar accepts. */
  static PublicationDate parse(String s) {
    PublicationDate d = parseAny(s);
    return d == null || d.date().getYear() < EARLIEST_YEAR ? null : d;
  }

  private static PublicationDate parseAny(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      Matcher m = ISO.matcher(t);
      if (m.find()) {
        return fromIso(m);
      }
      Matcher c = COMPACT.matcher(t);
      if (c.find()) {
        return new PublicationDate(ymd(c.group(1), c.group(2), c.group(3)), null);
      }
      ZonedDateTime z =
          ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
      return new PublicationDate(z.toLocalDate(), z.toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static PublicationDate fromIso(Matcher m) {
    LocalDate date = ymd(m.group(1), m.group(2), m.group(3));
    if (m.group(4) == null || m.group(7) == null) {
      return new PublicationDate(date, null);
    }
    String zone = m.group(7).toUpperCase(Locale.ROOT);
    String offset =
        switch (zone) {
          case "Z", "UTC", "GMT" -> "Z";
          default -> normalizeOffset(zone);
        };
    String iso =
        String.format(
            Locale.ROOT,
            "%sT%02d:%s:%s%s",
            date,
            Integer.parseInt(m.group(4)),
            m.group(5),
            m.group(6) == null ? "00" : m.group(6),
            offset);
    OffsetDateTime odt = OffsetDateTime.parse(iso);
    return new PublicationDate(odt.toLocalDate(), odt.toInstant());
  }

  private static String normalizeOffset(String zone) {
    String digits = zone.substring(1).replace(":", "");
    if (digits.length() == 2) {
      digits = digits + "00";
    }
    return zone.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2);
  }

  private static LocalDate ymd(String y, String m, String d) {
    return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }
}
