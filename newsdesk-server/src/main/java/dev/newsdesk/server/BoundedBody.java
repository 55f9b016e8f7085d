package dev.newsdesk.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body under two caps: the bytes on the wire and the bytes after undoing the
 * {@code Content-Encoding}. A body over either cap is refused, never truncated, and reading stops
 * at the first byte over it, so memory stays bounded by the cap whatever the sender claims.
 *
 * <p>Design decision: the client's automatic decompression is off and this class decodes instead,
 * because that is where the inflated size can be counted: a 10 kB gzip can inflate to gigabytes.
 * Only {@code gzip}, {@code x-gzip}, {@code deflate} (zlib-wrapped or raw, as servers differ) and
 * {@code identity} are accepted, one layer deep; anything else is refused by name.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** Why a body was refused; the fetcher adds the URL. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  static byte[] read(InputStream wire, String contentEncoding, long maxBytes) throws IOException {
    String encoding =
        contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
    InputStream counted = new Capped(wire, limit);
    switch (encoding) {
      case "", "identity":
        return readCapped(counted, limit, null);
      case "gzip", "x-gzip":
        try (InputStream in = new GZIPInputStream(counted, 8192)) {
          return readCapped(in, limit, "gzip");
        } catch (ZipException e) {
          throw new IOException("the gzip body is corrupt: " + e.getMessage(), e);
        }
      case "deflate":
        return inflate(counted, limit);
      default:
        throw new IOException("the content encoding '" + encoding + "' is not accepted");
    }
  }

  /** HTTP's deflate is zlib-wrapped, but some servers send raw deflate: the header tells them. */
  private static byte[] inflate(InputStream counted, int limit) throws IOException {
    PushbackInputStream in = new PushbackInputStream(counted, 2);
    byte[] head = in.readNBytes(2);
    in.unread(head);
    boolean zlib =
        head.length == 2
            && (head[0] & 0x0f) == 8
            && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try (InputStream inflating = new InflaterInputStream(in, inflater, 8192)) {
      return readCapped(inflating, limit, "deflate");
    } catch (ZipException e) {
      throw new IOException("the deflate body is corrupt: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] readCapped(InputStream in, int limit, String encoding) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new TooLarge(
          encoding == null
              ? "the body is larger than the limit of " + limit + " bytes"
              : "the body, inflated from "
                  + encoding
                  + ", is larger than the limit of "
                  + limit
                  + " bytes (refused as a compression bomb or an oversize page)");
    }
    return bytes;
  }

  /** Counts the bytes as they come off the wire and refuses the first one over the limit. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long count;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge("the body is larger than the limit of " + limit + " bytes");
      }
    }
  }
}
