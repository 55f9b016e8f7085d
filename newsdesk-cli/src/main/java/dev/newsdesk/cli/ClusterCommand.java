package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.BatchRun;
import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk cluster}: which story each item joined, and what it copies. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Print one JSON line per item: {\"input\",\"story\",\"duplicateOf\"}, in input order.")
final class ClusterCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin InputOptions input;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "jsonl",
      description = "jsonl (the only format).")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    BatchRun.Result<Placement> result =
        BatchOutput.run(input, Pipeline.create()::accept, System.err);
    try (Writer writer = BatchOutput.open(out)) {
      for (Placement p : result.outputs()) {
        ObjectNode line = JSON.createObjectNode();
        line.put("input", p.input())
            .put("story", p.story().value())
            .put("duplicateOf", p.duplicateOfInput());
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    }
    return BatchOutput.exitCode(result);
  }
}
