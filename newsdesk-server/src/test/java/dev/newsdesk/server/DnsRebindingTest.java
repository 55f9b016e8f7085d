package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names are resolved once, by the fetcher's own resolver, and the connection goes to the addresses
 * that resolver vetted. The tests answer names from a table, never from real DNS.
 *
 * <p>To stage rebinding without the internet, 127.0.0.2 stands in for a public address (the address
 * policy of these tests says so) and 127.0.0.1 is the private service an attacker wants to reach;
 * both listen on the same port, so only the resolved address decides which is hit.
 */
class DnsRebindingTest {
  private static final InetAddress PUBLIC_STAND_IN = address(127, 0, 0, 2);
  private static final InetAddress INTERNAL = address(127, 0, 0, 1);

  private HostileServer outside;
  private HostileServer inside;
  private final AtomicInteger lookups = new AtomicInteger();

  private static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void startTwoServersOnOnePort() throws IOException {
    for (int attempt = 0; ; attempt++) {
      outside = new HostileServer(PUBLIC_STAND_IN, 0);
      try {
        inside = new HostileServer(INTERNAL, outside.port());
        break;
      } catch (BindException e) {
        outside.close();
        if (attempt == 20) {
          throw e;
        }
      }
    }
    outside.on("/", out -> out.write(HostileServer.status(200, "outside")));
    inside.on("/", out -> out.write(HostileServer.status(200, "inside: secrets")));
  }

  @AfterEach
  void stop() throws IOException {
    outside.close();
    inside.close();
  }

  private SafeFetcher fetcher(VettingDnsResolver.NameResolver names) {
    return new SafeFetcher(
        FetchConfig.defaults().withLimits(3, 1 << 16, Duration.ofSeconds(5)),
        host -> {
          lookups.incrementAndGet();
          return names.resolve(host);
        },
        a -> a.equals(PUBLIC_STAND_IN) || SafeFetcher.isPublic(a));
  }

  private URI url(String host) {
    return URI.create("http://" + host + ":" + outside.port() + "/");
  }

  @Test
  void aNameThatAnswersPublicThenPrivateIsConnectedToTheAddressThatWasVetted() throws Exception {
    AtomicInteger answers = new AtomicInteger();
    try (SafeFetcher fetcher =
        fetcher(
            host ->
                new InetAddress[] {answers.getAndIncrement() == 0 ? PUBLIC_STAND_IN : INTERNAL})) {
      SafeFetcher.Response first = fetcher.fetch(url("rebind.example"), Map.of());
      assertThat(first.body()).asString(StandardCharsets.UTF_8).isEqualTo("outside");
      // The next lookup answers the internal address: refused, not connected.
      assertThatThrownBy(() -> fetcher.fetch(url("rebind.example"), Map.of()))
          .hasMessageContaining("rebind.example resolves to the non-public address 127.0.0.1");
    }
    assertThat(lookups).as("one lookup per connection, no separate check").hasValue(2);
    assertThat(inside.requests()).isEmpty();
    assertThat(outside.requests()).hasSize(1);
  }

  @Test
  void aNameMappedToLoopbackIsRefusedWithoutAnyRequestReachingIt() {
    try (SafeFetcher fetcher = fetcher(host -> new InetAddress[] {INTERNAL})) {
      assertThatThrownBy(() -> fetcher.fetch(url("intranet.example"), Map.of()))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("refused, intranet.example resolves to the non-public address");
    }
    assertThat(lookups).hasValue(1);
    assertThat(inside.requests()).isEmpty();
  }

  @Test
  void aNameWithOnePublicAndOnePrivateAddressIsRefusedAsAWhole() {
    try (SafeFetcher fetcher = fetcher(host -> new InetAddress[] {PUBLIC_STAND_IN, INTERNAL})) {
      assertThatThrownBy(() -> fetcher.fetch(url("mixed.example"), Map.of()))
          .hasMessageContaining("non-public address 127.0.0.1");
    }
    assertThat(inside.requests()).isEmpty();
    assertThat(outside.requests()).isEmpty();
  }

  @Test
  void aRedirectToANameThatRebindsIsVettedAtItsOwnLookup() {
    outside.on(
        "/hop",
        out ->
            out.write(
                HostileServer.head(302, "Location: http://evil.example:" + outside.port() + "/")));
    try (SafeFetcher fetcher =
        fetcher(
            host -> new InetAddress[] {host.equals("evil.example") ? INTERNAL : PUBLIC_STAND_IN})) {
      assertThatThrownBy(
              () ->
                  fetcher.fetch(
                      URI.create("http://news.example:" + outside.port() + "/hop"), Map.of()))
          .hasMessageContaining("redirect to http://evil.example:")
          .hasMessageContaining("non-public address 127.0.0.1");
    }
    assertThat(inside.requests()).isEmpty();
    assertThat(outside.requests()).containsExactly("GET /hop HTTP/1.1");
  }

  @Test
  void anAllowedHostAndPortMayResolvePrivatelyButTheSameNameOnAnotherPortMayNot() throws Exception {
    int port = inside.port();
    FetchConfig config =
        FetchConfig.defaults()
            .allowing("feeds.lan:" + port)
            .withLimits(3, 1 << 16, Duration.ofSeconds(5));
    try (SafeFetcher fetcher =
        new SafeFetcher(config, host -> new InetAddress[] {INTERNAL}, SafeFetcher::isPublic)) {
      assertThat(fetcher.fetch(url("feeds.lan"), Map.of()).body())
          .asString(StandardCharsets.UTF_8)
          .startsWith("inside");
      assertThatThrownBy(
              () -> fetcher.fetch(URI.create("http://feeds.lan:" + (port + 1) + "/"), Map.of()))
          .hasMessageContaining("non-public address");
    }
    assertThat(List.copyOf(inside.requests())).hasSize(1);
  }
}
