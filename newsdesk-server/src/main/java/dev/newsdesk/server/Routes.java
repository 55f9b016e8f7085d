package dev.newsdesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.SearchHit;
import dev.newsdesk.store.Source;
import dev.newsdesk.store.StoreException;
import dev.newsdesk.store.StoryListing;
import dev.newsdesk.store.StoryQuery;
import dev.newsdesk.store.StorySummary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.QuotedQualityCSV;

/** Every endpoint of the contract in {@code help/service.md}, one small handler each. */
final class Routes {
  static final String CSP =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";
  private static final int SEARCH_LIMIT = 50;
  private static final ObjectMapper JSON = new ObjectMapper();
  // A search answer, {"query":…,"hits":[…],"stories":[…]}, is written from parts.
  private static final byte[] QUERY_FIELD = "{\"query\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HITS_FIELD = ",\"hits\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] STORIES_FIELD = ",\"stories\":".getBytes(StandardCharsets.UTF_8);
  private final Desk desk;
  private final PostedItems posted;
  private final StoryPages pages = new StoryPages(StoryPages.DEFAULT_BUDGET_BYTES);

  Routes(Desk desk) {
    this.desk = desk;
    this.posted = new PostedItems(desk);
  }

  void register(Javalin app) {
    app.get("/health", this::health);
    app.get("/api/openapi.json", Routes::openApi);
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/articles/{id}", this::article);
    app.post("/api/articles", this::ingest);
    app.get("/api/search", this::search);
    app.get("/api/sources", this::sources);
    app.post("/api/sources", this::addSource);
    app.delete("/api/sources/{id}", this::removeSource);
    app.get("/feeds/stories.atom", ctx -> feed(ctx, true));
    app.get("/feeds/stories.json", ctx -> feed(ctx, false));
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(
        StoreException.class,
        (e, ctx) ->
            problem(
                ctx,
                e.storageFull() ? HttpStatus.INSUFFICIENT_STORAGE : HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage()));
    app.error(
        HttpStatus.NOT_FOUND,
        "application/json",
        ctx -> {
          if (ctx.result() == null) {
            ctx.json(new Dto.Problem(404, "no such resource: " + ctx.path()));
          }
        });
  }

  private static void problem(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new Dto.Problem(status.getCode(), message));
  }

  private void health(Context ctx) {
    Desk.Health h = desk.health();
    ctx.json(
        new Dto.Health(
            h.ready() ? "ok" : "starting",
            h.articles(),
            h.stories(),
            h.pendingBriefs(),
            h.indexedThrough()));
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = Routes.class.getResourceAsStream("/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void stories(Context ctx) {
    StoryQuery query =
        new StoryQuery(
            instant(ctx, "since"),
            instant(ctx, "until"),
            blankToNull(ctx.queryParam("source")),
            blankToNull(ctx.queryParam("entity")),
            number(ctx, "offset", 0),
            number(ctx, "limit", 20));
    Desk.Page<StoryListing> page = desk.stories(query);
    ctx.json(
        new Dto.StoryPage(
            page.total(),
            query.offset(),
            query.limit(),
            page.items().stream().map(Dto.StoryItem::of).toList()));
  }

  /**
   * A story page, from bytes made once per brief ({@link StoryPages}).
   *
   * <p>Design decision: {@code Cache-Control: no-cache} with an ETag: a browser asks again every
   * time (a story changes while it is read) and is answered {@code 304}, with no body, while the
   * brief is the one it has. Gzip only when the client asks for it and the page is long enough to
   * gain; the gzipped bytes are made once per brief too.
   */
  private void story(Context ctx) throws IOException {
    Optional<StorySummary> story = desk.story(new StoryId(ctx.pathParam("id")));
    if (story.isEmpty()) {
      problem(ctx, HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id"));
      return;
    }
    StoryPages.Body page = pages.page(story.get());
    // The brief contract has no "last update"; the page shows it from this header.
    ctx.header("Last-Modified", page.lastModified);
    ctx.header("ETag", page.etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    if (matches(ctx.header("If-None-Match"), page.etag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    if (page.json.length >= StoryPages.GZIP_MIN_BYTES
        && acceptsGzip(ctx.header("Accept-Encoding"))) {
      ctx.header("Content-Encoding", "gzip");
      send(ctx, "application/json", page.gzip());
    } else {
      send(ctx, "application/json", page.json);
    }
  }

  /**
   * Writes a body made beforehand straight to the response, with its length: no copy through
   * Javalin's result stream, no chunked encoding, and no compression by Javalin.
   */
  private static void send(Context ctx, String contentType, byte[] body) throws IOException {
    ctx.contentType(contentType);
    ctx.res().setContentLength(body.length);
    ctx.res().getOutputStream().write(body);
  }

  /** True when an {@code If-None-Match} header names this ETag (or is {@code *}). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2); // If-None-Match compares weakly (RFC 9110, 13.1.2)
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an {@code Accept-Encoding} header accepts gzip: listed, and not with {@code q=0}.
   * Jetty's parser of quality lists (the server's own) reads the header; it drops the codings
   * refused with a zero quality.
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    QuotedQualityCSV codings = new QuotedQualityCSV();
    codings.addValue(acceptEncoding);
    return codings.getValues().stream()
        .anyMatch(c -> c.equalsIgnoreCase("gzip") || c.equalsIgnoreCase("x-gzip"));
  }

  private void article(Context ctx) {
    Optional<Desk.ArticleView> article = desk.article(new ArticleId(ctx.pathParam("id")));
    if (article.isEmpty()) {
      problem(ctx, HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
    } else {
      ctx.json(Dto.ArticleItem.of(article.get()));
    }
  }

  private void ingest(Context ctx) {
    List<IngestOutcome> outcomes = posted.ingest(ctx);
    List<Dto.Placed> placed = outcomes.stream().map(Dto.Placed::of).toList();
    int stored = (int) outcomes.stream().filter(IngestOutcome::stored).count();
    ctx.status(stored > 0 ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
        .json(new Dto.IngestResult(stored, outcomes.size() - stored, placed));
  }

  /**
   * Hits and the stories they belong to; each story's entry is bytes made once per brief, so a
   * search serialises only its hits.
   */
  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    int limit = Math.min(number(ctx, "limit", 20), SEARCH_LIMIT);
    List<SearchHit> hits = desk.search(q, limit);
    List<Dto.Hit> shown = new ArrayList<>(hits.size());
    hits.forEach(h -> shown.add(Dto.Hit.of(h)));
    ByteArrayOutputStream out = new ByteArrayOutputStream(1_024 + 512 * hits.size());
    out.writeBytes(QUERY_FIELD);
    out.writeBytes(JSON.writeValueAsBytes(q));
    out.writeBytes(HITS_FIELD);
    out.writeBytes(JSON.writeValueAsBytes(shown));
    out.writeBytes(STORIES_FIELD);
    pages.writeList(storiesOf(hits), out);
    out.write('}');
    send(ctx, "application/json", out.toByteArray());
  }

  /** The stories of the hits as last briefed: a search never waits for a re-brief. */
  private List<StorySummary> storiesOf(List<SearchHit> hits) {
    Set<StoryId> ids = new LinkedHashSet<>();
    hits.forEach(h -> ids.add(h.story()));
    List<StorySummary> stories = new ArrayList<>();
    for (StoryId id : ids) {
      desk.savedStory(id).or(() -> desk.story(id)).ifPresent(stories::add);
    }
    return stories;
  }

  private void sources(Context ctx) {
    ctx.json(desk.sources().sources().stream().map(Dto.SourceItem::of).toList());
  }

  private void addSource(Context ctx) {
    Dto.NewSource body = ctx.bodyAsClass(Dto.NewSource.class);
    String url = body == null ? null : blankToNull(body.url());
    if (url == null) {
      throw new IllegalArgumentException("a source needs a \"url\"");
    }
    String scheme = URI.create(url.strip()).getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("a source URL must be http or https: " + url);
    }
    Source added = desk.sources().add(url.strip(), blankToNull(body.title()), Instant.now());
    ctx.status(HttpStatus.CREATED).json(Dto.SourceItem.of(added));
  }

  private void removeSource(Context ctx) {
    long id = parseLong(ctx.pathParam("id"), "source id");
    if (desk.sources().remove(id)) {
      ctx.status(HttpStatus.NO_CONTENT);
    } else {
      problem(ctx, HttpStatus.NOT_FOUND, "no source " + id);
    }
  }

  private void feed(Context ctx, boolean atom) {
    String q = blankToNull(ctx.queryParam("q"));
    List<StoryListing> stories =
        q == null
            ? desk.stories(StoryQuery.firstPage(50)).items()
            : storiesOf(desk.search(q, SEARCH_LIMIT)).stream().map(StorySummary::listing).toList();
    String base = ctx.scheme() + "://" + ctx.host();
    BriefFeeds feeds = new BriefFeeds(base, q);
    if (atom) {
      ctx.contentType("application/atom+xml; charset=utf-8").result(feeds.atom(stories));
    } else {
      ctx.contentType("application/feed+json; charset=utf-8").result(feeds.jsonFeed(stories));
    }
  }

  private static Instant instant(Context ctx, String name) {
    String value = blankToNull(ctx.queryParam(name));
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a date (2026-03-01) or an instant (2026-03-01T10:00:00Z): " + value);
    }
  }

  private static int number(Context ctx, String name, int fallback) {
    String value = blankToNull(ctx.queryParam(name));
    return value == null ? fallback : (int) parseLong(value, name);
  }

  private static long parseLong(String value, String name) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static InputFormat formatOf(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      return InputFormat.HTML;
    }
    return InputFormat.AUTO;
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
