package dev.newsdesk.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A dataset file holds something its reader does not expect. The message names the file, the line
 * when known, and the reason, so the fix can start from the message alone.
 */
public final class DatasetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String reason;

  /** A problem with the file as a whole, or at a place that has no line number. */
  public DatasetFormatException(Path file, String reason) {
    this(file, 0, reason, null);
  }

  /** A problem at a 1-based line of the file. */
  public DatasetFormatException(Path file, int line, String reason) {
    this(file, line, reason, null);
  }

  /** A problem found by a parser that threw {@code cause}. */
  public DatasetFormatException(Path file, int line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Path file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem is not tied to a line. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
