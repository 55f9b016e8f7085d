package dev.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.cluster.TextEmbedder;
import org.junit.jupiter.api.Test;

class EmbeddingOptionsTest {
  @Test
  void theOptionFindsTheEmbeddingsModuleAsAServiceWithoutCompilingAgainstIt() {
    TextEmbedder embedder = EmbeddingOptions.embedder();

    float[] flood = embedder.embed("Floods close the river road");
    float[] again = embedder.embed("Floods close the river road");

    assertThat(flood).hasSize(384).containsExactly(again);
  }
}
