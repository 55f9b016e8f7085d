package dev.newsdesk.server;

import java.util.Objects;

/**
 * How the service listens.
 *
 * @param host the address to bind; loopback by default, so nothing is exposed unless asked
 * @param port 0 picks a free port
 * @param token when set, writes (ingest, sources) need {@code Authorization: Bearer TOKEN}
 * @param maxBodyBytes the largest request body accepted
 * @param maxThreads the most request threads (Jetty's pool, its selector and acceptor included);
 *     Javalin's default is 250
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxThreads) {
  /** Javalin's own default pool size. */
  public static final int DEFAULT_MAX_THREADS = 250;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (maxThreads < 8) {
      throw new IllegalArgumentException(
          "maxThreads must be at least 8 (Jetty's selector, acceptor and reserve), was "
              + maxThreads);
    }
    token = token == null || token.isBlank() ? null : token;
  }

  public ServerConfig(String host, int port, String token, long maxBodyBytes) {
    this(host, port, token, maxBodyBytes, DEFAULT_MAX_THREADS);
  }

  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, null, 5_000_000);
  }

  public ServerConfig withPort(int value) {
    return new ServerConfig(host, value, token, maxBodyBytes, maxThreads);
  }

  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, token, maxBodyBytes, maxThreads);
  }

  public ServerConfig withToken(String value) {
    return new ServerConfig(host, port, value, maxBodyBytes, maxThreads);
  }

  public ServerConfig withMaxThreads(int value) {
    return new ServerConfig(host, port, token, maxBodyBytes, value);
  }
}
