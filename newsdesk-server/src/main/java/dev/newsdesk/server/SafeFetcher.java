package dev.newsdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An HTTP GET that is safe to point at the open web: http and https only; the host is resolved and
 * refused when any of its addresses is private, loopback, link-local, multicast or otherwise
 * special, unless its {@code host:port} is explicitly allowed; redirects are followed by hand, each
 * target checked the same way, at most {@link FetchConfig#maxRedirects}; the body is capped in
 * bytes and the whole fetch in time.
 *
 * <p>Design decision: the JDK client resolves the name again when it connects, so a DNS server that
 * answers differently within milliseconds (rebinding) is not excluded; closing that needs a client
 * with a pluggable resolver. Thread-safe.
 */
public final class SafeFetcher {
  private final FetchConfig config;
  private final HttpClient client;

  /** A response that passed every check. {@code headers} keys are lower case. */
  public record Response(URI uri, int status, Map<String, String> headers, byte[] body) {
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  public SafeFetcher(FetchConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.timeout())
            .build();
  }

  /**
   * Fetches {@code uri} with the extra request headers (for a conditional GET).
   *
   * @throws FetchException when refused, failed, too large or too slow
   */
  public Response fetch(URI uri, Map<String, String> headers) throws FetchException {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      check(current, hop > 0 ? "redirect to " : "");
      HttpResponse<InputStream> response = send(current, headers, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        close(response);
        if (location == null) {
          throw new FetchException(current + ": redirect " + status + " without a Location");
        }
        if (hop >= config.maxRedirects()) {
          throw new FetchException(
              uri + ": more than " + config.maxRedirects() + " redirects, refused");
        }
        current = current.resolve(location.strip());
        continue;
      }
      byte[] body = read(current, response, deadline);
      return new Response(current, status, headers(response), body);
    }
  }

  /** Refuses a URL whose scheme is not web or whose host resolves to a non-public address. */
  void check(URI uri, String what) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(what + uri + ": only http and https are fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new FetchException(what + uri + ": no host");
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    if (config.allowedPrivate().contains(host.toLowerCase(Locale.ROOT) + ":" + port)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(what + uri + ": unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new FetchException(
            what
                + uri
                + ": refused, "
                + host
                + " resolves to the non-public address "
                + address.getHostAddress());
      }
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
      if (mapped || compatible) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
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

  private HttpResponse<InputStream> send(URI uri, Map<String, String> headers, long deadline)
      throws FetchException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(remaining(uri, deadline))
            .header("User-Agent", config.userAgent());
    headers.forEach(request::header);
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new FetchException(uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri + ": interrupted", e);
    }
  }

  private byte[] read(URI uri, HttpResponse<InputStream> response, long deadline)
      throws FetchException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > config.maxBytes()) {
      close(response);
      throw new FetchException(
          uri + ": " + declared + " bytes is larger than the limit of " + config.maxBytes());
    }
    CompletableFuture<byte[]> body =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = response.body()) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try {
      byte[] bytes = body.get(remaining(uri, deadline).toNanos(), TimeUnit.NANOSECONDS);
      if (bytes.length > config.maxBytes()) {
        throw new FetchException(
            uri + ": the body is larger than the limit of " + config.maxBytes() + " bytes");
      }
      return bytes;
    } catch (TimeoutException e) {
      close(response);
      throw new FetchException(uri + ": took longer than " + config.timeout(), e);
    } catch (ExecutionException e) {
      throw new FetchException(uri + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(response);
      throw new FetchException(uri + ": interrupted", e);
    }
  }

  private java.time.Duration remaining(URI uri, long deadline) throws FetchException {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new FetchException(uri + ": took longer than " + config.timeout());
    }
    return java.time.Duration.ofNanos(nanos);
  }

  private static Map<String, String> headers(HttpResponse<?> response) {
    Map<String, String> headers = new java.util.HashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
              }
            });
    return Map.copyOf(headers);
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // Nothing more to read from a response we are abandoning.
    }
  }

  /** Decodes a body as UTF-8 for messages. */
  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
