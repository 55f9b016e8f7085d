package dev.newsdesk.eval;

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
 * Reads a team-written test set kept as a tab-separated resource beside this package: one entry per
 * line, blank lines and {@code #} comments skipped, each line parsed with its 1-based number so a
 * bad line can be named.
 */
final class TeamSetLines {
  /** Parses one line of a set; throws with the line number when the line is malformed. */
  interface LineParser<T> {
    T parse(String line, int lineNumber);
  }

  private TeamSetLines() {}

  static <T> List<T> read(String resource, LineParser<T> parser) {
    List<T> entries = new ArrayList<>();
    try (InputStream in = TeamSetLines.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(parser.parse(line, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " could not be read", e);
    }
    return entries;
  }
}
