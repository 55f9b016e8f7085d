package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetcher refuses what could reach inside the network, before any byte is sent there. */
class SafeFetcherTest {
  private Javalin server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;
  private FetchConfig allowed;

  @BeforeEach
  void startLocalServer() {
    server = Javalin.create(c -> c.showJavalinBanner = false);
    server.before(ctx -> requests.incrementAndGet());
    server.get(
        "/to/{target}",
        ctx -> ctx.redirect(ctx.pathParam("target").replace("_", "/"), HttpStatus.FOUND));
    server.get("/loop", ctx -> ctx.redirect("/loop", HttpStatus.MOVED_PERMANENTLY));
    server.get("/big", ctx -> ctx.result(new byte[4096]));
    server.get(
        "/slow",
        ctx -> {
          Thread.sleep(3_000);
          ctx.result("late");
        });
    server.get("/hello", ctx -> ctx.result("hello"));
    server.get("/", ctx -> ctx.result("hello"));
    server.start("127.0.0.1", 0);
    int port = server.port();
    base = "http://127.0.0.1:" + port;
    allowed =
        FetchConfig.defaults()
            .allowing("127.0.0.1:" + port)
            .withLimits(3, 1024, Duration.ofSeconds(1));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aLoopbackServerIsRefusedUnlessAllowedAndNothingIsSentToIt() throws Exception {
    SafeFetcher strict = new SafeFetcher(FetchConfig.defaults());
    assertThatThrownBy(() -> strict.fetch(URI.create(base + "/"), Map.of()))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("non-public address 127.0.0.1");
    assertThat(requests).hasValue(0);
    assertThat(new SafeFetcher(allowed).fetch(URI.create(base + "/"), Map.of()).body())
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("hello");
  }

  @Test
  void aNameIsCheckedByTheAddressesItResolvesTo() {
    int port = server.port();
    SafeFetcher fetcher = new SafeFetcher(allowed);
    assertThatThrownBy(() -> fetcher.fetch(URI.create("http://localhost:" + port + "/"), Map.of()))
        .hasMessageContaining("localhost resolves to the non-public address");
    assertThat(requests).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/"
      })
  void privateLinkLocalAndSpecialAddressesAreRefused(String url) {
    assertThatThrownBy(
            () -> new SafeFetcher(FetchConfig.defaults()).fetch(URI.create(url), Map.of()))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void onlyWebSchemesAreFetched() {
    assertThatThrownBy(
            () -> new SafeFetcher(allowed).fetch(URI.create("file:///etc/passwd"), Map.of()))
        .hasMessageContaining("only http and https");
  }

  @Test
  void aRedirectIntoThePrivateNetworkIsRefusedBeforeFollowingIt() {
    SafeFetcher fetcher = new SafeFetcher(allowed);
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    URI.create(base + "/to/http:__169.254.169.254_latest_meta-data"), Map.of()))
        .hasMessageContaining("redirect to http://169.254.169.254/latest/meta-data")
        .hasMessageContaining("refused");
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    URI.create(base + "/to/http:__localhost:" + server.port() + "_x"), Map.of()))
        .hasMessageContaining("redirect to http://localhost:");
    assertThat(requests).hasValue(2);
  }

  @Test
  void redirectsAreFollowedOnlyAFewTimes() throws Exception {
    SafeFetcher fetcher = new SafeFetcher(allowed);
    assertThat(fetcher.fetch(URI.create(base + "/to/_hello"), Map.of()).uri().getPath())
        .isEqualTo("/hello");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/loop"), Map.of()))
        .hasMessageContaining("more than 3 redirects");
  }

  @Test
  void aBodyOverTheSizeCapOrTheTimeCapIsRefused() {
    SafeFetcher fetcher = new SafeFetcher(allowed);
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/big"), Map.of()))
        .hasMessageContaining("larger than the limit of 1024");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/slow"), Map.of()))
        .hasMessageMatching("(?s).*(took longer than|timed out).*");
  }
}
