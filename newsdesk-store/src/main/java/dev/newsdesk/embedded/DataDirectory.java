package dev.newsdesk.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one node keeps everything: {@code newsdesk.db} (SQLite) and {@code index/} (Lucene).
 * Default {@code ./newsdesk-data}.
 */
public record DataDirectory(Path root) {
  public static final Path DEFAULT = Path.of("newsdesk-data");

  public DataDirectory {
    Objects.requireNonNull(root, "root");
  }

  public static DataDirectory defaults() {
    return new DataDirectory(DEFAULT);
  }

  /** Creates the directory if needed and returns it. */
  public DataDirectory create() {
    try {
      Files.createDirectories(root);
      Files.createDirectories(index());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + root, e);
    }
  }

  public Path database() {
    return root.resolve("newsdesk.db");
  }

  public Path index() {
    return root.resolve("index");
  }
}
