package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code newsdesk train attribution} on a tiny invented brat corpus, then {@code eval attribution
 * --model} on its held-out split.
 */
class TrainCommandTest {
  @TempDir Path tmp;

  @Test
  void aTrainedModelIsWrittenAndScoredByEvalWithTheFiguresAsTheLastLine() throws Exception {
    Path model = tmp.resolve("attribution.model");

    Result train =
        run(
            "train",
            "attribution",
            "--dataset",
            corpus(),
            "--split",
            "train",
            "--cutoff",
            "0",
            "--out",
            model.toString());
    Result eval =
        run(
            "eval",
            "attribution",
            "--dataset",
            corpus(),
            "--split",
            "dev",
            "--model",
            model.toString());

    assertThat(train.code).isZero();
    assertThat(Files.size(model)).isPositive();
    assertThat(eval.code).isZero();
    assertThat(eval.out.strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("source_f1=1.000 cue_f1=1.000 content_f1=1.000 content_overlap_f1=1.000");
  }

  @Test
  void evalWithAFileThatIsNoModelExitsTwoNamingTheFile() throws Exception {
    Path bad = tmp.resolve("bad.model");
    Files.writeString(bad, "not a model");

    Result eval =
        run(
            "eval",
            "attribution",
            "--dataset",
            corpus(),
            "--split",
            "dev",
            "--model",
            bad.toString());

    assertThat(eval.code).isEqualTo(2);
    assertThat(eval.err).contains(bad.toString()).contains("not an attribution model");
  }

  @ParameterizedTest
  @ValueSource(strings = {"brief", "serve", "reindex"})
  void everyCommandThatAnalysesRefusesAFileThatIsNoModelWithExitTwo(String command)
      throws Exception {
    Path bad = tmp.resolve("bad.model");
    Files.writeString(bad, "not a model");
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path input = tmp.resolve("item.txt");
    Files.writeString(input, "date: 2026-04-06\n\nThe Carrow bridge was closed on Monday.\n");

    Result result =
        switch (command) {
          case "brief" -> run("brief", "--attribution-model", bad.toString(), input.toString());
          case "serve" ->
              run(
                  "serve",
                  "--attribution-model",
                  bad.toString(),
                  "--data",
                  data.toString(),
                  "--port",
                  "0",
                  "--no-poll");
          default ->
              run("reindex", "--attribution-model", bad.toString(), "--data", data.toString());
        };

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err)
        .contains("newsdesk " + command)
        .contains(bad.toString())
        .contains("not an attribution model");
    assertThat(result.out).isEmpty();
  }

  private static String corpus() throws URISyntaxException {
    return Path.of(TrainCommandTest.class.getResource("/attribution-training").toURI()).toString();
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = NewsdeskCommand.commandLine().execute(args);
      return new Result(
          code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
