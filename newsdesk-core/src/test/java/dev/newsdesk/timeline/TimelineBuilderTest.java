package dev.newsdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.TimelineEntry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A story's timeline from the dates its article states (fixture {@code timeline/rate-cut},
 * published on Wednesday 19 March 2025).
 */
class TimelineBuilderTest {
  @Test
  void aMonthOrYearIsAnEventOnlyWhenItsSentenceNamesNoDayInsideIt() throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/timeline/rate-cut.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    RawDocument article =
        new RawDocument(
            "rate-cut.txt",
            ContentKind.TEXT_TITLED,
            text,
            ItemMetadata.none().withPublished(LocalDate.of(2025, 3, 19)));

    Pipeline pipeline = Pipeline.create();
    pipeline.accept(article);
    Brief brief = pipeline.briefs().get(0);

    assertThat(brief.timeline())
        .extracting(t -> t.date() + " " + t.precision() + (t.background() ? " background" : ""))
        .containsExactly(
            "2025-01-01 MONTH background",
            "2025-01-29 DAY",
            "2025-02-01 MONTH",
            "2025-03-19 DAY",
            "2025-04-30 DAY",
            "2026-01-01 YEAR background");
    assertThat(brief.timeline())
        .filteredOn(t -> t.date().toString().equals("2025-01-01"))
        .singleElement()
        .extracting(TimelineEntry::text)
        .asString()
        .startsWith("Annual inflation slowed");
  }
}
