package dev.newsdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP GET that is safe to point at the open web: http and https only; the host is resolved once
 * by a {@link VettingDnsResolver} and refused when any of its addresses is private, loopback,
 * link-local, multicast or otherwise special (unless its {@code host:port} is explicitly allowed),
 * and the connection is made to exactly the addresses vetted; redirects are followed by hand, each
 * target resolved and vetted the same way, at most {@link FetchConfig#maxRedirects}; the body is
 * capped in bytes both on the wire and after gzip or deflate; response header lines and their count
 * are capped; and the whole fetch, redirects and a slow-drip body included, is capped in time by a
 * deadline that aborts the connection.
 *
 * <p>Design decision: Apache HttpClient 5 instead of the JDK client, because its DNS resolver is
 * pluggable; with the JDK client the name is resolved again when connecting, so a DNS server that
 * answers a public address to the check and a private one to the connection (rebinding) got
 * through. Thread-safe; {@link #close()} releases the pooled connections.
 */
public final class SafeFetcher implements AutoCloseable {
  /** Longest response header line and most header lines accepted. */
  static final int MAX_HEADER_LINE = 8192;

  static final int MAX_HEADER_COUNT = 100;

  /** One daemon thread for the whole process aborts fetches that passed their deadline. */
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsdesk-fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  private final FetchConfig config;
  private final CloseableHttpClient client;

  /** A response that passed every check. {@code headers} keys are lower case. */
  public record Response(URI uri, int status, Map<String, String> headers, byte[] body) {
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  public SafeFetcher(FetchConfig config) {
    this(config, VettingDnsResolver.NameResolver.system(), SafeFetcher::isPublic);
  }

  /** With another name resolver and address policy: for tests that must not touch the network. */
  SafeFetcher(
      FetchConfig config,
      VettingDnsResolver.NameResolver names,
      Predicate<InetAddress> publicAddress) {
    this.config = config;
    Timeout timeout = Timeout.of(config.timeout());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(
                        new VettingDnsResolver(names, publicAddress, config.allowedPrivate()))
                    .setConnectionFactory(
                        ManagedHttpClientConnectionFactory.builder()
                            .http1Config(
                                Http1Config.custom()
                                    .setMaxLineLength(MAX_HEADER_LINE)
                                    .setMaxHeaderCount(MAX_HEADER_COUNT)
                                    .build())
                            .build())
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(timeout)
                            .setSocketTimeout(timeout)
                            .build())
                    .setMaxConnTotal(16)
                    .setMaxConnPerRoute(2)
                    .build())
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(config.userAgent())
            .build();
  }

  /**
   * Fetches {@code uri} with the extra request headers (for a conditional GET).
   *
   * @throws FetchException when refused, failed, too large or too slow; the message names the URL
   *     and the reason
   */
  public Response fetch(URI uri, Map<String, String> headers) throws FetchException {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      String what = hop > 0 ? "redirect to " + current : current.toString();
      checkUrl(current, what);
      Exchange exchange = exchange(current, headers, deadline, what);
      if (exchange.location != null) {
        if (hop >= config.maxRedirects()) {
          throw new FetchException(
              uri + ": more than " + config.maxRedirects() + " redirects, refused");
        }
        try {
          current = current.resolve(exchange.location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException(
              current + ": redirect to an invalid location '" + exchange.location + "'", e);
        }
        continue;
      }
      return exchange.response;
    }
  }

  /** One request: either a response with its body, or the location of a redirect. */
  private record Exchange(Response response, String location) {}

  @SuppressWarnings("deprecation") // execute(request) is the one form that hands back the stream
  private Exchange exchange(URI uri, Map<String, String> headers, long deadline, String what)
      throws FetchException {
    HttpGet get = new HttpGet(uri);
    headers.forEach(get::setHeader);
    get.setHeader("Accept-Encoding", "gzip, deflate");
    long left = remaining(uri, deadline);
    ScheduledFuture<?> alarm = DEADLINES.schedule(get::cancel, left, TimeUnit.NANOSECONDS);
    try (CloseableHttpResponse response = client.execute(get)) {
      int status = response.getCode();
      if (status >= 300 && status < 400 && status != 304) {
        Header location = response.getFirstHeader("Location");
        get.cancel(); // drops the connection rather than reading an unbounded redirect body
        if (location == null) {
          throw new FetchException(uri + ": redirect " + status + " without a Location");
        }
        return new Exchange(null, location.getValue());
      }
      byte[] body = body(get, response);
      return new Exchange(new Response(uri, status, headers(response), body), null);
    } catch (IOException e) {
      get.cancel(); // an abandoned body is never read to its end
      throw failure(uri, what, e, System.nanoTime() >= deadline);
    } catch (IllegalStateException e) {
      // The client's stream, read after the deadline aborted its connection, says so this way.
      boolean aborted = get.isCancelled();
      get.cancel();
      if (!aborted) {
        throw e;
      }
      throw failure(uri, what, new IOException(e.getMessage(), e), true);
    } finally {
      alarm.cancel(false);
    }
  }

  private byte[] body(HttpGet get, CloseableHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return new byte[0];
    }
    long declared = entity.getContentLength();
    if (declared > config.maxBytes()) {
      throw new BoundedBody.TooLarge(
          declared + " bytes is larger than the limit of " + config.maxBytes());
    }
    Header encoding = response.getFirstHeader("Content-Encoding");
    InputStream in = entity.getContent();
    byte[] body;
    try {
      body = BoundedBody.read(in, encoding == null ? null : encoding.getValue(), config.maxBytes());
    } catch (IOException | RuntimeException e) {
      // Closing the stream first would read an endless body to its end to reuse the connection.
      get.cancel();
      throw e;
    }
    in.close();
    return body;
  }

  private FetchException failure(URI uri, String what, IOException e, boolean late) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VettingDnsResolver.RefusedAddressException
          || t instanceof BoundedBody.TooLarge) {
        return new FetchException(what + ": " + t.getMessage(), e);
      }
      if (t instanceof MessageConstraintException) {
        return new FetchException(
            what + ": response headers over the limits (" + t.getMessage() + ")", e);
      }
      if (t instanceof UnknownHostException) {
        return new FetchException(what + ": unknown host " + uri.getHost(), e);
      }
    }
    if (late) {
      return new FetchException(what + ": took longer than " + config.timeout(), e);
    }
    return new FetchException(what + ": " + e, e);
  }

  /** Refuses a URL that is not web or has no host, before anything is resolved. */
  private static void checkUrl(URI uri, String what) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(what + ": only http and https are fetched");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new FetchException(what + ": no host");
    }
    if (uri.getUserInfo() != null) {
      throw new FetchException(what + ": credentials in a URL are not sent");
    }
  }

  /** False for loopback, private, link-local, unique-local, multicast and reserved addresses. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0
          && first < 224 // 224/4 multicast, 240/4 reserved, broadcast
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)); // benchmarking
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      boolean uniqueLocal = (first & 0xfe) == 0xfc;
      boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      boolean compatible = isZero(b, 0, 12);
      boolean nat64 = // 64:ff9b::/96 embeds an IPv4 address in its last four bytes
          first == 0
              && (b[1] & 0xff) == 0x64
              && (b[2] & 0xff) == 0xff
              && (b[3] & 0xff) == 0x9b
              && isZero(b, 4, 12);
      if (mapped || compatible || nat64) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return !uniqueLocal;
    }
    return false;
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private long remaining(URI uri, long deadline) throws FetchException {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new FetchException(uri + ": took longer than " + config.timeout());
    }
    return nanos;
  }

  private static Map<String, String> headers(CloseableHttpResponse response) {
    Map<String, String> headers = new HashMap<>();
    for (Header header : response.getHeaders()) {
      headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
    }
    return Map.copyOf(headers);
  }

  /** The {@code User-Agent} sent, whose product token robots.txt groups are matched against. */
  public String userAgent() {
    return config.userAgent();
  }

  /** Decodes a body as UTF-8 for messages. */
  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // Closing pooled sockets of a client that is going away: nothing to recover.
    }
  }
}
