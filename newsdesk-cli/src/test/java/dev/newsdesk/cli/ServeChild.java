package dev.newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsdesk serve} in its own JVM, on the test's class path, with its standard error appended
 * to a log file. {@link #kill} is SIGKILL on Linux: no shutdown hook runs.
 */
record ServeChild(Process process, String url) {
  static ServeChild start(Path data, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                // One GC thread: a shared machine; durability does not depend on it.
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                NewsdeskCommand.class.getName(),
                "serve",
                "--port",
                "0",
                "--no-poll",
                "--data",
                data.toString())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    if (first == null || !first.startsWith("http://")) {
      process.destroyForcibly();
      throw new IllegalStateException("serve did not print its address, but: " + first);
    }
    drain(process.getInputStream());
    return new ServeChild(process, first.strip());
  }

  /** SIGKILL, then waits (a hang guard, not a timing assertion) until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("serve did not die within 60 s of SIGKILL");
    }
  }

  private static void drain(InputStream in) {
    Thread t =
        new Thread(
            () -> {
              try {
                in.transferTo(OutputStream.nullOutputStream());
              } catch (IOException e) {
                // The process died: nothing more to read.
              }
            });
    t.setDaemon(true);
    t.start();
  }
}
