package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Coverage-guided fuzzing of {@code POST /api/articles} through real HTTP on loopback: whatever the
 * body and its declared type, the answer is a 2xx with the ingest result or a 4xx whose JSON names
 * the reason (an {@code error}, or for a 422 a {@code reason} per rejected item), never a 5xx and
 * never a stack trace.
 *
 * <p>In {@code mvn verify} the seeds under {@code
 * src/test/resources/dev/newsdesk/server/ApiBodyFuzzTestInputs/postedBodies/} are replayed once,
 * findings kept there among them; {@code bin/fuzz ApiBodyFuzzTest#postedBodies 60} fuzzes. A seed
 * is the body, then a byte choosing whether {@code ?input=} is sent, then a byte choosing the
 * content type (the data provider reads numbers from the end).
 */
class ApiBodyFuzzTest {
  private static final String[] TYPES = {
    "application/json",
    "text/html",
    "text/plain",
    "application/json; charset=utf-16",
    "text/plain; charset=iso-8859-1",
    "application/x-ndjson",
    "application/xml",
    "x/unknown",
  };
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Service SERVICE = new Service();

  /** One server for the whole run: starting one per input would measure start-up, not parsing. */
  private static final class Service {
    final HttpClient client = HttpClient.newHttpClient();
    final String base;

    Service() {
      try {
        Path dir = Files.createTempDirectory("newsdesk-api-fuzz");
        Desk desk =
            Desk.open(
                new DataDirectory(dir),
                Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC));
        NewsdeskServer server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
        base = "http://127.0.0.1:" + server.port();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      desk.close();
                    }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @FuzzTest
  void postedBodies(FuzzedDataProvider data) throws Exception {
    String type = TYPES[data.consumeInt(0, TYPES.length - 1)];
    boolean named = data.consumeBoolean();
    String input = named ? data.consumeString(40) : null;
    byte[] body = data.consumeRemainingAsBytes();
    String query =
        input == null ? "" : "?input=" + URLEncoder.encode(input, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        SERVICE.client.send(
            HttpRequest.newBuilder(URI.create(SERVICE.base + "/api/articles" + query))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int status = response.statusCode();
    String answer = response.body();
    assertThat(status).as(answer).isBetween(200, 499);
    assertThat(answer).doesNotContain("\tat ").doesNotContain("Exception:");
    JsonNode json = JSON.readTree(answer);
    if (status >= 400 && json.has("items")) {
      // 422: every item was rejected, each with its own reason (help/service.md).
      assertThat(json.get("items")).as(answer).isNotEmpty();
      json.get("items").forEach(i -> assertThat(i.path("reason").asText()).as(answer).isNotBlank());
    } else if (status >= 400) {
      assertThat(json.path("error").asText()).as(answer).isNotBlank();
      assertThat(json.path("status").asInt()).isEqualTo(status);
    } else {
      assertThat(json.has("stored")).as(answer).isTrue();
    }
  }
}
