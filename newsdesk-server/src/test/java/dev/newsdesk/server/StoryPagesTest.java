package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StorySummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of saved briefs: made once per brief, made again for a new one, and bounded. */
class StoryPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static StorySummary summary(String id, int articles, String pad) {
    return new StorySummary(
        new StoryId(id),
        "Headline of " + id,
        "Lead of " + id,
        articles,
        1,
        Instant.parse("2026-03-04T09:00:00Z"),
        articles > 1 ? Instant.parse("2026-03-03T18:30:00Z") : null,
        List.of("Lakeside Gazette"),
        List.of("Ardwick"),
        "{\"id\":\"" + id + "\",\"articles\":" + articles + ",\"pad\":\"" + pad + "\"}");
  }

  @Test
  void theSameBriefIsServedFromTheSameBytesAndANewBriefGetsNewBytesAndANewETag() {
    StoryPages pages = new StoryPages(1_000_000);
    StorySummary first = summary("s1", 1, "Zürich, “quoted”");
    StoryPages.Body body = pages.page(first);
    assertThat(pages.page(first)).isSameAs(body);
    assertThat(new String(body.json, StandardCharsets.UTF_8)).isEqualTo(first.briefJson());
    assertThat(body.lastModified).isEqualTo("Wed, 4 Mar 2026 09:00:00 GMT");

    StorySummary changed = summary("s1", 2, "Zürich, “quoted”");
    StoryPages.Body after = pages.page(changed);
    assertThat(after.etag).isNotEqualTo(body.etag);
    assertThat(new String(after.json, StandardCharsets.UTF_8)).contains("\"articles\":2");
    assertThat(pages.page(summary("s1", 2, "Zürich, “quoted”")).etag)
        .as("the same JSON briefed again has the same tag")
        .isEqualTo(after.etag);
  }

  @Test
  void aListOfStoriesIsTheSameJsonAsTheStoryItemsSerialised() throws Exception {
    StoryPages pages = new StoryPages(1_000_000);
    List<StorySummary> stories = List.of(summary("s1", 1, "a"), summary("s2", 3, "b"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pages.writeList(stories, out);
    assertThat(JSON.readTree(out.toByteArray()))
        .isEqualTo(
            JSON.valueToTree(stories.stream().map(s -> Dto.StoryItem.of(s.listing())).toList()));
  }

  @Test
  void whatIsHeldStaysWithinItsBudgetDroppingTheLeastRecentlyRead() {
    StoryPages pages = new StoryPages(5_000);
    StorySummary kept = summary("kept", 1, "x".repeat(1_000));
    for (int i = 0; i < 10; i++) {
      pages.page(kept);
      pages.page(summary("s" + i, 1, "x".repeat(1_000)));
    }
    assertThat(pages.held()).isBetween(2, 4);
    StoryPages.Body body = pages.page(kept);
    assertThat(pages.page(kept)).as("read most often, still held").isSameAs(body);
  }

  @Test
  void ifNoneMatchAndAcceptEncodingAreReadAsHttpSaysTheyAre() {
    assertThat(Routes.matches(null, "\"a\"")).isFalse();
    assertThat(Routes.matches("\"b\", \"a\"", "\"a\"")).isTrue();
    assertThat(Routes.matches("W/\"a\"", "\"a\"")).isTrue();
    assertThat(Routes.matches("*", "\"a\"")).isTrue();
    assertThat(Routes.matches("\"ab\"", "\"a\"")).isFalse();
    assertThat(Routes.acceptsGzip(null)).isFalse();
    assertThat(Routes.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(Routes.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(Routes.acceptsGzip("gzip;q=0, br")).isFalse();
    assertThat(Routes.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(Routes.acceptsGzip("deflate, br")).isFalse();
  }
}
