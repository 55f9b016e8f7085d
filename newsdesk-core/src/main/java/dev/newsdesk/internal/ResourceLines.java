package dev.newsdesk.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a list the team keeps as a text resource (gazetteers, lexicons, test sets): one entry per
 * line, blank lines and {@code #} comments skipped, each line given with its 1-based number so a
 * bad line can be named.
 */
public final class ResourceLines {
  /** Parses one line; throws with the line number when the line is malformed. */
  public interface LineParser<T> {
    T parse(String line, int lineNumber);
  }

  private ResourceLines() {}

  /** The parsed entries of {@code resource}, looked up beside {@code anchor}'s package. */
  public static <T> List<T> read(Class<?> anchor, String resource, LineParser<T> parser) {
    List<T> entries = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          entries.add(parser.parse(line, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " could not be read", e);
    }
    return entries;
  }

  /** The entries of {@code resource} as written, stripped. */
  public static List<String> read(Class<?> anchor, String resource) {
    return read(anchor, resource, (line, n) -> line.strip());
  }
}
