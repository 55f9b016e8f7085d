package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleNewsDatasetTest {

  @Test
  void itemsComeInFileOrderWithTheirLineAndClusterAsALabel() throws IOException {
    List<GoogleNewsDataset.Item> items =
        GoogleNewsDataset.read(Fixtures.path("googlenews"), GoogleNewsDataset.Variant.TITLE);

    assertThat(items)
        .containsExactly(
            new GoogleNewsDataset.Item(1, "mourinho seek killer instinct", "96"),
            new GoogleNewsDataset.Item(2, "centrepoint winter white gala london", "65"),
            new GoogleNewsDataset.Item(4, "mourinho basel champion league", "96"),
            new GoogleNewsDataset.Item(5, "golden globe nomination", "globes"));
  }

  @Test
  void itemsFeedTheClusteringScoreDirectly() throws IOException {
    List<String> truth =
        GoogleNewsDataset.read(Fixtures.path("googlenews/googlenews-T.jsonl")).stream()
            .map(GoogleNewsDataset.Item::cluster)
            .toList();

    assertThat(ClusteringScore.of(truth, truth).ari()).isEqualTo(1.0);
  }

  @Test
  void aLineWithoutClusterIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file, "{\"text\": \"a\", \"cluster\": 1}\n{\"text\": \"b\"}\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoogleNewsDataset.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":2: ")
        .hasMessageContaining("cluster");
  }

  @Test
  void aLineThatIsNotJsonIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file, "{\"text\": \"a\", \"cluster\": 1}\nnot json\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GoogleNewsDataset.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(file + ":2: not valid JSON");
  }
}
