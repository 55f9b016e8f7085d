package dev.newsdesk.analyze;

import java.nio.file.Path;

/** An attribution model file that cannot be used: the message names the file and the reason. */
public final class AttributionModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public AttributionModelException(Path file, String reason, Throwable cause) {
    super("attribution model " + file + ": " + reason, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
