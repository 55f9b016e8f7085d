package dev.newsdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The bundled example corpus and its gold file, run through a fresh pipeline. */
final class ExampleCorpus {
  static final Path DIR = Path.of("..", "examples", "corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  final BatchRun.Result<Placement> result;
  final Report report;
  final JsonNode gold;

  private ExampleCorpus(BatchRun.Result<Placement> result, Report report, JsonNode gold) {
    this.result = result;
    this.report = report;
    this.gold = gold;
  }

  static ExampleCorpus run() throws IOException {
    return run(List.of(DIR.toString()));
  }

  static ExampleCorpus run(List<String> inputs) throws IOException {
    Pipeline pipeline = Pipeline.create();
    BatchRun.Result<Placement> result =
        BatchRun.run(
            inputs,
            InputFormat.AUTO,
            1 << 26,
            new ByteArrayInputStream(new byte[0]),
            pipeline::accept,
            n -> {});
    Report report = new Report(Instant.EPOCH, pipeline.briefs(), result.rejected());
    return new ExampleCorpus(
        result, report, JSON.readTree(Files.readString(DIR.resolve("gold.json"))));
  }

  /** An input name relative to the corpus folder, as the gold file names items. */
  static String relative(String input) {
    String prefix = DIR + "/";
    return input.startsWith(prefix) ? input.substring(prefix.length()) : input;
  }
}
