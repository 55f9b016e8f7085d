package dev.newsdesk.brief;

import dev.newsdesk.model.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Stateless, thread-safe and deterministic for the same report. */
public interface ReportRenderer {
  void render(Report report, Writer out) throws IOException;
}
