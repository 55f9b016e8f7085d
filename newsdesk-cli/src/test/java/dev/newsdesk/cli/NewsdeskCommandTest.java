package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's contract: outputs, exit codes, help. */
class NewsdeskCommandTest {
  private static final String CORPUS = Path.of("..", "examples", "corpus").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void briefAsJsonFollowsTheContractAndExitsZero() throws IOException {
    Path out = tmp.resolve("brief.json");
    int code = run("brief", "--quiet", "--format", "json", "--out", out.toString(), CORPUS);
    JsonNode brief = JSON.readTree(Files.readString(out));
    assertThat(code).isZero();
    assertThat(brief.get("version").asInt()).isEqualTo(1);
    assertThat(brief.get("rejected")).isEmpty();
    JsonNode story = brief.get("stories").get(0);
    for (String field :
        List.of(
            "id",
            "headline",
            "lead",
            "articles",
            "points",
            "entities",
            "claims",
            "timeline",
            "discrepancies")) {
      assertThat(story.has(field)).as(field).isTrue();
    }
    for (String field :
        List.of("id", "input", "source", "title", "published", "language", "duplicateOf", "text")) {
      assertThat(story.get("articles").get(0).has(field)).as(field).isTrue();
    }
  }

  @Test
  void anUnreadableInputIsRejectedWithItsReasonAndTheExitCodeIsOne() throws IOException {
    Path bad = tmp.resolve("broken.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"x\", \"text\": \"A report that reads fine and has enough words.\"}\n{not json\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("brief.json");
    int code =
        run(
            "brief",
            "--quiet",
            "--format",
            "json",
            "--out",
            out.toString(),
            bad.toString(),
            tmp.resolve("missing.txt").toString());
    JsonNode rejected = JSON.readTree(Files.readString(out)).get("rejected");
    assertThat(code).isEqualTo(1);
    assertThat(rejected)
        .extracting(r -> r.get("input").asText())
        .contains(bad + "#2", tmp.resolve("missing.txt").toString());
    assertThat(rejected.get(0).get("reason").asText()).isNotBlank();
  }

  @Test
  void aUsageErrorExitsTwoAndSaysWhatWasWrong() {
    StringWriter err = new StringWriter();
    CommandLine line = NewsdeskCommand.commandLine();
    line.setErr(new PrintWriter(err));
    assertThat(line.execute("brief", "--no-such-option", CORPUS)).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option");
    assertThat(run("brief")).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"brief", "extract", "cluster", "eval"})
  void everyCommandHasHelp(String command) {
    StringWriter help = new StringWriter();
    CommandLine line = NewsdeskCommand.commandLine();
    line.setOut(new PrintWriter(help));
    assertThat(line.execute(command, "--help")).isZero();
    assertThat(help.toString()).startsWith("Usage: newsdesk " + command).contains("--help");
  }

  @Test
  void clusterPrintsOneLinePerItemInInputOrder() throws IOException {
    Path out = tmp.resolve("cluster.jsonl");
    assertThat(run("cluster", "--quiet", "--out", out.toString(), CORPUS)).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSizeGreaterThan(30);
    assertThat(lines.get(0).fieldNames())
        .toIterable()
        .containsExactly("input", "story", "duplicateOf");
    List<String> inputs = lines.stream().map(l -> l.get("input").asText()).toList();
    assertThat(inputs).doesNotHaveDuplicates();
    assertThat(lines).anyMatch(l -> !l.get("duplicateOf").isNull());
  }

  @Test
  void extractPrintsTheCleanedTextAndMetadataOfEachItem() throws IOException {
    Path out = tmp.resolve("extract.jsonl");
    assertThat(run("extract", "--quiet", "--out", out.toString(), CORPUS)).isZero();
    JsonNode first = JSON.readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("input", "source", "title", "published", "language", "text");
    assertThat(first.get("language").asText()).isEqualTo("en");
    assertThat(first.get("text").asText()).isNotBlank();
  }

  @Test
  void aDashReadsStandardInputAndNamesItsItemsDashN() throws IOException {
    String digest =
        "-\nHarbour ferry resumes after storm\nThe harbour ferry ran again on Monday after three days of storms kept it in port.\n-\nCouncil approves new library\nThe town council approved plans for a new library on the market square.\n";
    Path out = tmp.resolve("stdin.jsonl");
    java.io.InputStream original = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(digest.getBytes(StandardCharsets.UTF_8)));
      assertThat(run("cluster", "--quiet", "--out", out.toString(), "-")).isZero();
    } finally {
      System.setIn(original);
    }
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .hasSize(2)
        .allMatch(l -> l.contains("\"input\":\"-#"));
  }

  /** Runs a command with picocli's own messages kept out of the test log. */
  private static int run(String... args) {
    CommandLine line = NewsdeskCommand.commandLine();
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(new StringWriter()));
    return line.execute(args);
  }
}
