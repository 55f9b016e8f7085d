package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.BatchRun;
import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk cluster}: which story each item joined, and what it copies. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Print one JSON line per item: {\"input\",\"story\",\"duplicateOf\"}, in input order.")
final class ClusterCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin JsonLinesFormat format;
  @Mixin OutputOptions output;
  @Mixin EmbeddingOptions embeddings;

  @Override
  public Integer call() throws Exception {
    BatchRun.Result<Placement> result =
        BatchOutput.run(input, Pipeline.create(embeddings.configurer())::accept, System.err);
    List<ObjectNode> lines = new ArrayList<>();
    for (Placement p : result.outputs()) {
      lines.add(
          OutputOptions.object()
              .put("input", p.input())
              .put("story", p.story().value())
              .put("duplicateOf", p.duplicateOfInput()));
    }
    output.writeJsonLines(lines);
    return BatchOutput.exitCode(result);
  }
}
