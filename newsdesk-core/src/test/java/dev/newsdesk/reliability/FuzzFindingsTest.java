package dev.newsdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Each finding of the fuzzers, as a small input named for what it proves, with the behaviour the
 * fix gave it. The raw inputs Jazzer saved are kept too, renamed, under {@code
 * <Class>Inputs/<method>/}, where every {@code mvn verify} replays them through the fuzz target.
 */
class FuzzFindingsTest {
  @Test
  void aShortWindows1252LineWithOneAccentIsReadAsTextNotRejectedAsBinary() {
    ReadBatch batch = ingest("windows-1252-short-line-with-one-accent.txt");

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.items())
        .singleElement()
        .extracting(RawDocument::body)
        .asString()
        .contains("Café on the quay reopens");
  }

  static ReadBatch ingest(String finding) {
    return new Ingest().read(new InputFile(finding, bytes(finding)), InputFormat.AUTO);
  }

  static byte[] bytes(String finding) {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("findings/" + finding)) {
      if (in == null) {
        throw new IllegalStateException("no fixture findings/" + finding);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
