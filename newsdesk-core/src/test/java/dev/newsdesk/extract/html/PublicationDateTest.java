package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  @Test
  void anIsoInstantGivesTheDateAndTheInstant() {
    assertThat(PublicationDate.parse("2019-11-19T10:15:30Z"))
        .isEqualTo(
            new PublicationDate(LocalDate.of(2019, 11, 19), Instant.parse("2019-11-19T10:15:30Z")));
  }

  @Test
  void anOffsetKeepsThePublishersCalendarDate() {
    PublicationDate d = PublicationDate.parse("2019-11-19T23:30:00-0500");

    assertThat(d.date()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(d.instant()).isEqualTo(Instant.parse("2019-11-20T04:30:00Z"));
  }

  @Test
  void aLocalTimeWithoutAZoneGivesOnlyTheDate() {
    assertThat(PublicationDate.parse("2019-11-19 10:15"))
        .isEqualTo(new PublicationDate(LocalDate.of(2019, 11, 19), null));
  }

  @Test
  void rfc1123AndSlashedAndCompactDatesAreUnderstood() {
    assertThat(PublicationDate.parse("Tue, 19 Nov 2019 10:15:30 GMT").instant())
        .isEqualTo(Instant.parse("2019-11-19T10:15:30Z"));
    assertThat(PublicationDate.parse("Posted 2019/11/19").date())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PublicationDate.parse("20191119").date()).isEqualTo(LocalDate.of(2019, 11, 19));
  }

  @Test
  void impossibleDatesAndNonDatesAreRejectedNotRolledOver() {
    assertThat(PublicationDate.parse("2019-02-30")).isNull();
    assertThat(PublicationDate.parse("0001-01-01T00:00:00Z")).isNull();
    assertThat(PublicationDate.parse("yesterday")).isNull();
    assertThat(PublicationDate.parse("")).isNull();
    assertThat(PublicationDate.parse(null)).isNull();
  }
}
