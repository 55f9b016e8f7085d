package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a hostile server could give, each from a raw-socket server on loopback: every one ends in
 * a clear refusal naming the reason, within the fetch's time cap and without holding more than the
 * size cap in memory.
 */
class HostileResponseTest {
  private static final int CAP = 1 << 20; // 1 MiB
  private static final int BOMB = 64 << 20; // inflates to 64 MiB
  private static final Duration TIME_CAP = Duration.ofSeconds(1);

  /** Only a guard against a hang: the fetch itself must give up after TIME_CAP. */
  private static final Duration HANG = Duration.ofSeconds(30);

  private HostileServer server;
  private SafeFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = HostileServer.loopback();
    fetcher =
        new SafeFetcher(
            FetchConfig.defaults()
                .allowing("127.0.0.1:" + server.port())
                .withLimits(3, CAP, TIME_CAP));
  }

  @AfterEach
  void stop() throws IOException {
    fetcher.close();
    server.close();
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String path) {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
    Throwable thrown =
        assertTimeoutPreemptively(
            HANG,
            () -> {
              try {
                fetcher.fetch(uri, Map.of());
                return null;
              } catch (FetchException e) {
                return e;
              }
            });
    return assertThat(thrown).isInstanceOf(FetchException.class).hasMessageContaining(path);
  }

  private static byte[] zeros(OutputStreamFactory compressor) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = compressor.wrap(bytes)) {
      byte[] block = new byte[1 << 16];
      for (int i = 0; i < BOMB / block.length; i++) {
        out.write(block);
      }
    }
    return bytes.toByteArray();
  }

  @FunctionalInterface
  private interface OutputStreamFactory {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  private void serveCompressed(String path, String encoding, byte[] body) {
    server.on(
        path,
        out -> {
          out.write(
              HostileServer.head(
                  200, "Content-Encoding: " + encoding, "Content-Length: " + body.length));
          out.write(body);
        });
  }

  /** Heap bytes this thread allocated so far, through the platform's portable JMX interface. */
  private static long allocatedByThisThread() {
    try {
      return (Long)
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName(ManagementFactory.THREAD_MXBEAN_NAME),
                  "getThreadAllocatedBytes",
                  new Object[] {Thread.currentThread().getId()},
                  new String[] {long.class.getName()});
    } catch (JMException e) {
      throw new IllegalStateException("this JVM does not count allocated bytes per thread", e);
    }
  }

  @Test
  void aGzipBombIsRefusedAtTheInflatedSizeCapWithoutInflatingItAll() throws IOException {
    byte[] bomb = zeros(GZIPOutputStream::new);
    assertThat(bomb.length).isLessThan(CAP); // small on the wire, 64 MiB inflated
    serveCompressed("/gzip-bomb", "gzip", bomb);
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/gzip-bomb");
    // Fetched on this thread (not under assertTimeoutPreemptively) so its allocations are counted.
    long before = allocatedByThisThread();
    assertThatThrownBy(() -> fetcher.fetch(uri, Map.of()))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("inflated from gzip, is larger than the limit of " + CAP)
        .hasMessageContaining("compression bomb");
    long allocated = allocatedByThisThread() - before;
    assertThat(allocated).isGreaterThan(CAP).isLessThan(BOMB / 4);
  }

  @Test
  void zlibAndRawDeflateBombsAreRefusedTheSameWay() throws IOException {
    serveCompressed("/zlib-bomb", "deflate", zeros(DeflaterOutputStream::new));
    serveCompressed(
        "/raw-deflate-bomb",
        "deflate",
        zeros(out -> new DeflaterOutputStream(out, new Deflater(9, true))));
    assertRefused("/zlib-bomb")
        .hasMessageContaining("inflated from deflate, is larger than the limit");
    assertRefused("/raw-deflate-bomb")
        .hasMessageContaining("inflated from deflate, is larger than the limit");
  }

  @Test
  void aSmallCompressedBodyIsInflatedAndAcceptedBecauseTheCapIsOnSizeNotOnCompression()
      throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write("<rss>fine</rss>".getBytes(StandardCharsets.UTF_8));
    }
    serveCompressed("/fine.xml", "gzip", gz.toByteArray());
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/fine.xml");
    assertThat(fetcher.fetch(uri, Map.of()).body())
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("<rss>fine</rss>");
  }

  @Test
  void aCorruptGzipBodyAndAnUnknownEncodingAreRefusedByName() {
    serveCompressed("/corrupt", "gzip", "not gzip at all".getBytes(StandardCharsets.UTF_8));
    serveCompressed("/brotli", "br", new byte[] {1, 2, 3});
    serveCompressed("/nested", "gzip, gzip", new byte[] {1, 2, 3});
    assertRefused("/corrupt").hasMessageContaining("gzip body is corrupt");
    assertRefused("/brotli").hasMessageContaining("content encoding 'br' is not accepted");
    assertRefused("/nested").hasMessageContaining("'gzip, gzip' is not accepted");
  }

  @Test
  void aSlowDripBodyIsCutAtTheTotalTimeCapThoughEveryReadIsQuick() {
    server.on(
        "/drip",
        out -> {
          out.write(HostileServer.head(200, "Content-Length: 100000"));
          for (int i = 0; i < 100_000; i++) {
            out.write('x');
            out.flush();
            Thread.sleep(50); // far under any per-read timeout
          }
        });
    assertRefused("/drip").hasMessageContaining("took longer than " + TIME_CAP);
  }

  @Test
  void aSlowDripOfHeadersIsCutAtTheTotalTimeCapToo() {
    server.on(
        "/drip-head",
        out -> {
          out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < 10_000; i++) {
            out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(50);
          }
        });
    assertRefused("/drip-head").hasMessageMatching("(?s).*(took longer than|headers over).*");
  }

  @Test
  void aBodyThatNeverEndsIsRefusedAtTheSizeCapWhetherPlainOrChunked() {
    byte[] block = new byte[8192];
    server.on(
        "/endless",
        out -> {
          out.write(HostileServer.head(200, "Content-Type: text/html"));
          while (true) {
            out.write(block);
          }
        });
    server.on(
        "/endless-chunked",
        out -> {
          out.write(HostileServer.head(200, "Transfer-Encoding: chunked"));
          byte[] size = "2000\r\n".getBytes(StandardCharsets.US_ASCII);
          byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
          while (true) {
            out.write(size);
            out.write(block);
            out.write(crlf);
          }
        });
    assertRefused("/endless").hasMessageContaining("larger than the limit of " + CAP);
    assertRefused("/endless-chunked").hasMessageContaining("larger than the limit of " + CAP);
  }

  @Test
  void aDeclaredLengthOverTheCapIsRefusedBeforeReadingTheBody() {
    server.on(
        "/declared", out -> out.write(HostileServer.head(200, "Content-Length: " + (10L << 30))));
    assertRefused("/declared").hasMessageContaining("larger than the limit of " + CAP);
  }

  @Test
  void anOversizeHeaderLineOrTooManyHeadersAreRefused() {
    server.on(
        "/long-header", out -> out.write(HostileServer.head(200, "X-Big: " + "a".repeat(100_000))));
    String[] many = new String[5_000];
    java.util.Arrays.setAll(many, i -> "X-" + i + ": y");
    server.on("/many-headers", out -> out.write(HostileServer.head(200, many)));
    assertRefused("/long-header").hasMessageContaining("response headers over the limits");
    assertRefused("/many-headers").hasMessageContaining("response headers over the limits");
  }

  @Test
  void aRedirectLoopBetweenTwoPagesIsRefusedAfterTheRedirectCap() {
    server.on("/a", out -> out.write(HostileServer.head(302, "Location: /b")));
    server.on("/b", out -> out.write(HostileServer.head(302, "Location: /a")));
    assertRefused("/a").hasMessageContaining("more than 3 redirects");
    assertThat(server.requests()).hasSize(4);
  }
}
