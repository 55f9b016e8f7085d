package dev.newsdesk.server;

import java.util.Objects;

/**
 * How the service listens.
 *
 * @param host the address to bind; loopback by default, so nothing is exposed unless asked
 * @param port 0 picks a free port
 * @param token when set, writes (ingest, sources) need {@code Authorization: Bearer TOKEN}
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes) {
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    token = token == null || token.isBlank() ? null : token;
  }

  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, null, 5_000_000);
  }

  public ServerConfig withPort(int value) {
    return new ServerConfig(host, value, token, maxBodyBytes);
  }

  public ServerConfig withHost(String value) {
    return new ServerConfig(value, port, token, maxBodyBytes);
  }

  public ServerConfig withToken(String value) {
    return new ServerConfig(host, port, value, maxBodyBytes);
  }
}
