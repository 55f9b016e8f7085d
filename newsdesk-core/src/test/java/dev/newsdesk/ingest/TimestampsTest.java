package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The forms a container's timestamp comes in, read without trying the wrong forms by exception. */
class TimestampsTest {
  @Test
  void aPlainDateIsADayWithoutAnInstant() {
    assertThat(Timestamps.date("2025-06-04")).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(Timestamps.instant("2025-06-04")).isNull();
  }

  @Test
  void anOffsetTimeIsTheLocalDayAndTheExactInstant() {
    assertThat(Timestamps.date("2025-06-04T00:30:00+02:00")).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(Timestamps.instant("2025-06-04T00:30:00+02:00"))
        .isEqualTo(Instant.parse("2025-06-03T22:30:00Z"));
    assertThat(Timestamps.instant(" 2025-06-04T00:30:00Z ")).isEqualTo("2025-06-04T00:30:00Z");
  }

  @Test
  void anRfc1123TimeIsReadAsFeedsWriteIt() {
    assertThat(Timestamps.instant("Wed, 04 Jun 2025 00:30:00 +0200"))
        .isEqualTo(Instant.parse("2025-06-03T22:30:00Z"));
    assertThat(Timestamps.date("Wed, 04 Jun 2025 00:30:00 +0200"))
        .isEqualTo(LocalDate.of(2025, 6, 4));
  }

  @Test
  void aTimeWithoutAZoneIsTakenAsUtcAndItsDayIsItsFirstTenCharacters() {
    assertThat(Timestamps.instant("2025-06-04T23:15:00"))
        .isEqualTo(Instant.parse("2025-06-04T23:15:00Z"));
    assertThat(Timestamps.date("2025-06-04T23:15:00")).isEqualTo(LocalDate.of(2025, 6, 4));
  }

  @Test
  void textInTheRightShapeButNoRealDateIsUnreadable() {
    assertThat(Timestamps.date("2025-02-30")).isNull();
    assertThat(Timestamps.instant("2025-02-30T10:00:00Z")).isNull();
    assertThat(Timestamps.instant("2025-06-04T25:00:00Z")).isNull();
  }

  @Test
  void textOfNoKnownFormIsUnreadable() {
    assertThat(Timestamps.date("last Tuesday")).isNull();
    assertThat(Timestamps.instant("last Tuesday")).isNull();
    assertThat(Timestamps.instant("2025-06-04T00:30:00+02:00 (CEST)")).isNull();
    assertThat(Timestamps.date("")).isNull();
    assertThat(Timestamps.instant(null)).isNull();
  }
}
