package dev.newsdesk.server;

import static dev.newsdesk.server.ServiceFixtures.fixture;
import static dev.newsdesk.server.ServiceFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story page is sent from bytes made once per brief: with an ETag that a client can send back for
 * a {@code 304}, gzipped when asked for, and made again as soon as the story changes.
 */
class StoryPageCachingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  private static HttpResponse<byte[]> get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return ServiceFixtures.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode placed(String base, String fixture) throws IOException {
    HttpResponse<String> response =
        post(base + "/api/articles", "application/json", fixture(fixture), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("items").get(0);
  }

  private static List<String> articleIds(byte[] page) throws IOException {
    List<String> ids = new ArrayList<>();
    JSON.readTree(page).get("articles").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  @Test
  void anUnchangedStoryIsAnswered304AndAChangedOneHasTheNewArticleAndANewETag() throws Exception {
    try (Desk desk = Desk.open(new DataDirectory(data), Clock.systemUTC());
        NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk)) {
      String base = "http://127.0.0.1:" + server.port();
      JsonNode first = placed(base, "ferry-harbour-times.json");
      String page = base + "/api/stories/" + first.get("story").asText();

      HttpResponse<byte[]> before = get(page);
      assertThat(before.statusCode()).isEqualTo(200);
      assertThat(before.headers().firstValue("Cache-Control")).hasValue("no-cache");
      String etag = before.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).matches("\"[0-9a-f]{32}\"");
      assertThat(get(page).headers().firstValue("ETag")).as("the same brief").hasValue(etag);

      HttpResponse<byte[]> unchanged = get(page, "If-None-Match", etag);
      assertThat(unchanged.statusCode()).isEqualTo(304);
      assertThat(unchanged.body()).isEmpty();
      assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
      assertThat(get(page, "If-None-Match", "\"other\", W/" + etag).statusCode())
          .as("a list of tags, weakly compared")
          .isEqualTo(304);

      JsonNode second = placed(base, "ferry-valley-post.json");
      assertThat(second.get("story").asText()).isEqualTo(first.get("story").asText());
      HttpResponse<byte[]> after = get(page, "If-None-Match", etag);
      assertThat(after.statusCode()).as("the story changed since that tag").isEqualTo(200);
      assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
      assertThat(articleIds(after.body()))
          .contains(first.get("article").asText(), second.get("article").asText());
      assertThat(articleIds(before.body())).doesNotContain(second.get("article").asText());
    }
  }

  @Test
  void aPageIsGzippedOnlyForAClientThatAcceptsGzip() throws Exception {
    try (Desk desk = Desk.open(new DataDirectory(data), Clock.systemUTC());
        NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk)) {
      String base = "http://127.0.0.1:" + server.port();
      String page =
          base + "/api/stories/" + placed(base, "ferry-harbour-times.json").get("story").asText();

      HttpResponse<byte[]> plain = get(page);
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(plain.headers().firstValue("Content-Length"))
          .hasValue(Integer.toString(plain.body().length));
      assertThat(plain.body().length).isGreaterThan(StoryPages.GZIP_MIN_BYTES);

      HttpResponse<byte[]> gzipped = get(page, "Accept-Encoding", "br, gzip;q=0.8");
      assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(gzipped.body().length).isLessThan(plain.body().length);
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
      }
      assertThat(get(page, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
          .as("q=0 refuses gzip")
          .isEmpty();
    }
  }
}
