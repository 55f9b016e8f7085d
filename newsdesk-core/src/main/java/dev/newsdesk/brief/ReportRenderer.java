package dev.newsdesk.brief;

import dev.newsdesk.model.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Stateless, thread-safe and deterministic for the same report. */
public interface ReportRenderer {
  void render(Report report, Writer out) throws IOException;

  /** "1 story", "2 stories": a count with the noun it counts, for the renderers' headings. */
  static String counted(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
