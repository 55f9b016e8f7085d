package dev.newsdesk.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server written on raw sockets, so a test can answer exactly as a hostile server
 * would: bytes that no well-behaved server library would send (endless bodies, slow drips, huge
 * headers, bombs). Each request path maps to a {@link Responder} that writes the whole answer.
 */
final class HostileServer implements AutoCloseable {
  /** Writes a raw HTTP answer; may block, sleep or never finish. */
  @FunctionalInterface
  interface Responder {
    void respond(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
          });

  HostileServer(InetAddress address, int port) throws IOException {
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(address, port));
    threads.submit(this::accept);
  }

  static HostileServer loopback() throws IOException {
    return new HostileServer(InetAddress.getLoopbackAddress(), 0);
  }

  HostileServer on(String path, Responder responder) {
    routes.put(path, responder);
    return this;
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The request lines received, in order ({@code GET /path HTTP/1.1}). */
  List<String> requests() {
    return requests;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        open.add(client);
        threads.submit(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      String requestLine = readHead(client.getInputStream());
      requests.add(requestLine);
      String path = requestLine.split(" ").length > 1 ? requestLine.split(" ")[1] : "/";
      Responder responder = routes.getOrDefault(path, out -> out.write(status(404, "none")));
      OutputStream out = client.getOutputStream();
      responder.respond(out);
      out.flush();
    } catch (IOException e) {
      // The client went away, as a fetcher that gives up should.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int eol = text.indexOf("\r\n");
    return eol < 0 ? text : text.substring(0, eol);
  }

  /** A complete small answer with a text body. */
  static byte[] status(int code, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ("HTTP/1.1 "
            + code
            + " X\r\nContent-Type: text/plain\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n"
            + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A head with the given extra header lines, for a body the responder writes itself. */
  static byte[] head(int code, String... headerLines) {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + code + " X\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      s.close();
    }
    threads.shutdownNow();
  }
}
