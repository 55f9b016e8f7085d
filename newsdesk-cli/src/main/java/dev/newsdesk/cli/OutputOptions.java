package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where a command writes its result: standard output, or the file given by {@code --out}. */
final class OutputOptions {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  Writer open() throws IOException {
    return out == null
        ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
        : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  /** One JSON object per line, in the order given. */
  void writeJsonLines(List<ObjectNode> lines) throws IOException {
    try (Writer writer = open()) {
      for (ObjectNode line : lines) {
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
