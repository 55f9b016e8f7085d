package dev.newsdesk.brief;

import dev.newsdesk.model.DatePrecision;
import java.time.LocalDate;

/**
 * Dates as ISO-8601 at the precision the text gave: {@code 2024-12-09}, {@code 2024-12}, {@code
 * 2015}.
 */
final class Dates {
  private Dates() {}

  static String iso(LocalDate date, DatePrecision precision) {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
  }
}
