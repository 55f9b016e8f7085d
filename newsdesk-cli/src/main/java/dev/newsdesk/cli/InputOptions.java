package dev.newsdesk.cli;

import dev.newsdesk.model.InputFormat;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The INPUT arguments and input options every batch command shares. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files, directories (read recursively, in sorted order) or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "Read every input as this shape instead of detecting it: ${COMPLETION-CANDIDATES}.",
      defaultValue = "auto",
      converter = InputFormatConverter.class)
  InputFormat format;

  @Option(
      names = "--max-input-bytes",
      paramLabel = "N",
      defaultValue = "268435456",
      description = "Largest file accepted once decompressed (default: ${DEFAULT-VALUE}).")
  long maxInputBytes;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  static final class InputFormatConverter
      implements picocli.CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      return InputFormat.parse(value);
    }
  }
}
