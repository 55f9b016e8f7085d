package dev.newsdesk.server;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP side: REST API under {@code /api}, outgoing feeds under {@code /feeds}, health, and the
 * web UI at {@code /}, all from one Javalin server.
 *
 * <p>Design decision: every response carries a strict Content-Security-Policy and {@code nosniff}:
 * articles are hostile input, and the UI sets text only through {@code textContent}, so even a
 * missed escape cannot run script.
 */
public final class NewsdeskServer implements AutoCloseable {
  private final Javalin app;

  private NewsdeskServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving the desk; returns once the port is bound. */
  public static NewsdeskServer start(ServerConfig config, Desk desk) {
    Javalin app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              QueuedThreadPool threads =
                  new QueuedThreadPool(
                      config.maxThreads(), Math.min(8, config.maxThreads()), 60_000);
              threads.setName("JettyServerThreadPool");
              c.jetty.threadPool = threads;
              c.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/public";
                    files.location = Location.CLASSPATH;
                  });
            });
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", Routes.CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
        });
    if (config.token() != null) {
      byte[] expected = ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8);
      app.before(
          "/api/*",
          ctx -> {
            boolean write =
                !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
            String given = ctx.header("Authorization");
            if (write
                && (given == null
                    || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)))) {
              ctx.status(HttpStatus.UNAUTHORIZED)
                  .json(new Dto.Problem(401, "this server needs an API token for writes"));
              ctx.skipRemainingHandlers();
            }
          });
    }
    new Routes(desk).register(app);
    app.start(config.host(), config.port());
    return new NewsdeskServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
