package dev.newsdesk.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for GET and POST on one kept-alive connection: one per client thread,
 * blocking, reading the whole body (by {@code Content-Length} or chunked) and returning the status.
 *
 * <p>Design decision: the service bench runs its 32 clients in the server's own process, on the
 * same 2 cores. The JDK's {@code HttpClient} spends more CPU per request than the server does on a
 * story page (asynchronous stages handed between its selector and worker threads, an HTTP/2 upgrade
 * offer on every plain request), so under it the bench measured mostly its own clients. This client
 * costs a few microseconds: what is left is the server's. Not a general client: no TLS, no
 * redirects; a POST is retried once on a new connection like a GET, so it is for idempotent posts
 * (the service answers a repeated item "already read"). Not thread-safe; one per thread.
 */
final class PlainHttpClient implements AutoCloseable {
  private final byte[] buffer = new byte[64 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** Sends a GET and reads the answer to its end; returns the status code. */
  int get(URI uri) throws IOException {
    return send("GET", uri, null, null);
  }

  /** Sends a POST of {@code body} as {@code contentType} and reads the answer to its end. */
  int post(URI uri, String contentType, byte[] body) throws IOException {
    return send("POST", uri, contentType, body);
  }

  private int send(String method, URI uri, String contentType, byte[] body) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        connect(uri);
        String path =
            uri.getRawQuery() == null
                ? uri.getRawPath()
                : uri.getRawPath() + "?" + uri.getRawQuery();
        StringBuilder head =
            new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost())
                .append(':')
                .append(uri.getPort())
                .append("\r\n");
        if (body != null) {
          head.append("Content-Type: ")
              .append(contentType)
              .append("\r\nContent-Length: ")
              .append(body.length)
              .append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
          out.write(body);
        }
        out.flush();
        return readResponse();
      } catch (IOException e) {
        close(); // the server closed a kept-alive connection: one retry on a new one
        if (attempt > 0) {
          throw e;
        }
      }
    }
  }

  private void connect(URI uri) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out =
          new BufferedOutputStream(
              socket.getOutputStream(), 16 * 1024); // head and body in one write
    }
  }

  private int readResponse() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
          size > 0;
          size = Long.parseLong(line().split(";")[0].strip(), 16)) {
        skip(size);
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers are not used
      }
    } else if (length > 0) {
      skip(length);
    } else if (length < 0 && code != 204 && code != 304) {
      closing = true;
      while (in.read(buffer) >= 0) {
        // the body runs to the end of the connection
      }
    }
    if (closing) {
      close();
    }
    return code;
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; ) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("connection closed with " + left + " bytes of the body unread");
      }
      left -= n;
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed in a response head");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket: nothing to do about it
      }
    }
    socket = null;
  }
}
