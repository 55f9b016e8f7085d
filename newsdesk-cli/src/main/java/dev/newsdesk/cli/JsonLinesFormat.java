package dev.newsdesk.cli;

import picocli.CommandLine.Option;

/** The {@code --format} of the commands that print one JSON line per item. */
final class JsonLinesFormat {
  enum Format {
    JSONL
  }

  @Option(
      names = {"-f", "--format"},
      defaultValue = "jsonl",
      description = "jsonl (one JSON object per line; the only format).")
  Format format;
}
