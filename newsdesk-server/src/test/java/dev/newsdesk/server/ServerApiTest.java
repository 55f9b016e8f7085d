package dev.newsdesk.server;

import static dev.newsdesk.server.ServiceFixtures.fixture;
import static dev.newsdesk.server.ServiceFixtures.get;
import static dev.newsdesk.server.ServiceFixtures.post;
import static java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REST API, feeds and UI of a real server on a free port, spoken to over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-1";
  @TempDir static Path data;
  private Desk desk;
  private NewsdeskServer server;
  private String base;
  private final List<JsonNode> placed = new ArrayList<>();

  @BeforeAll
  void startAndIngestTheFixtures() throws Exception {
    desk = Desk.open(new DataDirectory(data), Clock.systemUTC());
    server = NewsdeskServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN), desk);
    base = "http://127.0.0.1:" + server.port();
    for (String name :
        List.of("ferry-harbour-times.json", "ferry-valley-post.json", "budget-vote.json")) {
      HttpResponse<String> response =
          post(base + "/api/articles", "application/json", fixture(name), TOKEN);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      placed.add(JSON.readTree(response.body()).get("items").get(0));
    }
  }

  @AfterAll
  void stop() {
    server.close();
    desk.close();
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(base + path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void anIngestedItemIsAnsweredWithWhereItWent() {
    assertThat(placed).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("stored"));
    assertThat(placed.get(0).get("input").asText())
        .isEqualTo("https://harbour-times.example/ferry-aground");
    assertThat(placed.get(1).get("story").asText())
        .as("two reports of one grounding are one story")
        .isEqualTo(placed.get(0).get("story").asText());
    assertThat(placed.get(2).get("story").asText())
        .isNotEqualTo(placed.get(0).get("story").asText());
  }

  @Test
  void writesNeedTheTokenAndARetriedItemIsNotStoredTwice() throws Exception {
    byte[] body = fixture("budget-vote.json");
    assertThat(post(base + "/api/articles", "application/json", body, null).statusCode())
        .isEqualTo(401);
    assertThat(post(base + "/api/articles", "application/json", body, "wrong").statusCode())
        .isEqualTo(401);
    HttpResponse<String> again = post(base + "/api/articles", "application/json", body, TOKEN);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("already read");
  }

  @Test
  void aStoryIsTheBriefContractAndEveryCitationIsOneOfItsArticles() throws Exception {
    JsonNode story = json("/api/stories/" + placed.get(0).get("story").asText());
    assertThat(story.get("headline").asText()).isNotBlank();
    assertThat(story.get("lead").asText()).isNotBlank();
    Set<String> articles = new HashSet<>();
    story.get("articles").forEach(a -> articles.add(a.get("id").asText()));
    assertThat(articles)
        .contains(placed.get(0).get("article").asText(), placed.get(1).get("article").asText());
    List<String> cited = new ArrayList<>();
    story.get("points").forEach(p -> p.get("citations").forEach(c -> cited.add(c.asText())));
    story.get("timeline").forEach(t -> t.get("citations").forEach(c -> cited.add(c.asText())));
    assertThat(cited).isNotEmpty();
    assertThat(articles).containsAll(cited);
    for (String field : List.of("entities", "claims", "discrepancies")) {
      assertThat(story.get(field).isArray()).as(field).isTrue();
    }
  }

  @Test
  void aStoryPageSaysWhenTheStoryWasLastUpdated() throws Exception {
    String story = placed.get(0).get("story").asText();
    HttpResponse<String> page = get(base + "/api/stories/" + story);
    Instant listed = listedUpdate(story);
    assertThat(page.headers().firstValue("Last-Modified"))
        .as("the story's last update, to the second, as the story list has it")
        .hasValueSatisfying(
            lastModified ->
                assertThat(ZonedDateTime.parse(lastModified, RFC_1123_DATE_TIME).toInstant())
                    .isEqualTo(listed.truncatedTo(ChronoUnit.SECONDS)));
  }

  private Instant listedUpdate(String story) throws Exception {
    for (JsonNode s : json("/api/stories?limit=200").get("stories")) {
      if (s.get("id").asText().equals(story)) {
        return Instant.parse(s.get("updated").asText());
      }
    }
    throw new AssertionError("story " + story + " is not listed");
  }

  @Test
  void storiesArePagedAndFilteredBySourceAndEntity() throws Exception {
    JsonNode all = json("/api/stories?limit=1");
    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(all.get("stories")).hasSize(1);
    JsonNode bySource = json("/api/stories?source=city%20courier");
    assertThat(bySource.get("stories")).hasSize(1);
    assertThat(bySource.get("stories").get(0).get("id").asText())
        .isEqualTo(placed.get(2).get("story").asText());
    JsonNode ferry = json("/api/stories/" + placed.get(0).get("story").asText());
    String entity = ferry.get("entities").get(0).get("name").asText();
    JsonNode byEntity =
        json("/api/stories?entity=" + java.net.URLEncoder.encode(entity, StandardCharsets.UTF_8));
    assertThat(byEntity.get("stories"))
        .extracting(s -> s.get("id").asText())
        .contains(ferry.get("id").asText());
    JsonNode none = json("/api/stories?source=Nowhere%20Gazette");
    assertThat(none.get("total").asInt()).isZero();
    JsonNode future = json("/api/stories?since=2999-01-01");
    assertThat(future.get("total").asInt()).isZero();
    assertThat(get(base + "/api/stories?limit=0").statusCode()).isEqualTo(400);
    assertThat(get(base + "/api/stories?since=yesterday").body()).contains("since must be");
  }

  @Test
  void anArticleComesWithItsCleanedTextAndStory() throws Exception {
    JsonNode article = json("/api/articles/" + placed.get(2).get("article").asText());
    assertThat(article.get("source").asText()).isEqualTo("City Courier");
    assertThat(article.get("text").asText()).contains("19 votes to 12");
    assertThat(article.get("story").asText()).isEqualTo(placed.get(2).get("story").asText());
    assertThat(get(base + "/api/articles/a-none").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileHtmlIsStoredAsTextWithoutItsScript() throws Exception {
    HttpResponse<String> response =
        post(
            base + "/api/articles?input=https://quay.example/fog",
            "text/html",
            fixture("hostile-page.html"),
            TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = JSON.readTree(response.body()).get("items").get(0).get("article").asText();
    String text = json("/api/articles/" + id).get("text").asText();
    assertThat(text).contains("radar escorts").doesNotContain("document.title");
    HttpResponse<String> page = get(base + "/");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
    assertThat(page.body()).contains("/app.js");
  }

  @Test
  void searchFindsArticlesAndTheirStoriesAndExplainsABadQuery() throws Exception {
    JsonNode result = json("/api/search?q=sandbank");
    assertThat(result.get("hits")).isNotEmpty();
    assertThat(result.get("stories").get(0).get("id").asText())
        .isEqualTo(placed.get(0).get("story").asText());
    HttpResponse<String> bad = get(base + "/api/search?q=title:(fog");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("cannot read the search query");
  }

  @Test
  void feedsOfBriefsAreValidAtomAndJsonFeed() throws Exception {
    HttpResponse<String> atom = get(base + "/feeds/stories.atom");
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
    long stories = json("/api/stories").get("total").asLong();
    assertThat(doc.getElementsByTagName("entry").getLength()).isEqualTo((int) stories);
    JsonNode feed = json("/feeds/stories.json?q=budget");
    assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("items")).hasSize(1);
    assertThat(feed.get("items").get(0).get("title").asText()).isNotBlank();
  }

  @Test
  void theOpenApiDocumentNamesEveryEndpoint() throws Exception {
    JsonNode paths = json("/api/openapi.json").get("paths");
    for (String path :
        List.of(
            "/health",
            "/api/stories",
            "/api/stories/{id}",
            "/api/articles",
            "/api/articles/{id}",
            "/api/search",
            "/api/sources",
            "/feeds/stories.atom",
            "/feeds/stories.json")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    assertThat(json("/health").get("status").asText()).isEqualTo("ok");
  }

  @Test
  void sourcesAreAddedListedAndRemovedAndOnlyWebUrlsAreAccepted() throws Exception {
    byte[] bad = "{\"url\":\"file:///etc/passwd\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(post(base + "/api/sources", "application/json", bad, TOKEN).statusCode())
        .isEqualTo(400);
    byte[] good = "{\"url\":\"https://feeds.example/news.xml\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> added = post(base + "/api/sources", "application/json", good, TOKEN);
    assertThat(added.statusCode()).isEqualTo(201);
    long id = JSON.readTree(added.body()).get("id").asLong();
    assertThat(json("/api/sources").toString()).contains("https://feeds.example/news.xml");
    HttpResponse<String> removed =
        ServiceFixtures.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sources/" + id))
                .header("Authorization", "Bearer " + TOKEN)
                .DELETE()
                .build());
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(json("/api/sources")).isEmpty();
  }
}
