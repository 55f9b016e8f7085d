package dev.newsdesk.ingest;

import static dev.newsdesk.ingest.Golden.extractAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are empty, broken or huge: each is read or rejected, never thrown. */
// A hang guard only, generous enough for a loaded CI machine: speed is measured in newsdesk-bench.
@Timeout(300)
class BadInputTest {
  @TempDir Path dir;

  @Test
  void anEmptyFileIsRejectedAsEmpty() {
    ReadBatch batch = read("empty.txt", new byte[0]);

    assertThat(batch.items()).isEmpty();
    assertThat(batch.rejected())
        .singleElement()
        .satisfies(r -> assertRejected(r, "empty.txt", "empty"));
  }

  @Test
  void aFileOfBlankLinesGivesNoArticle() {
    assertThat(extractAll(read("blank.txt", " \n\t\n\n".getBytes(UTF_8)))).isEmpty();
  }

  @Test
  void binaryGarbageNeitherThrowsNorHangs() {
    ReadBatch batch = read("garbage.txt", garbage(64 * 1024));

    assertThat(batch).isNotNull();
    assertThat(extractAll(batch)).isNotNull();
  }

  @Test
  void binaryGarbageIsRejectedRatherThanReadAsAnArticle() {
    ReadBatch batch = read("garbage.txt", garbage(64 * 1024));

    assertThat(extractAll(batch)).isEmpty();
    assertThat(batch.rejected()).extracting(Rejection::input).containsExactly("garbage.txt");
  }

  @Test
  void invalidUtf8IsDecodedByTheFallbackWithoutException() {
    byte[] bytes =
        withStrayByte("-\nHarbour fees rise\nThe fee rises to 40 crowns", " on Monday.\n");

    List<Article> articles = extractAll(read("fees.txt", bytes));

    assertThat(articles)
        .singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Harbour fees rise"))
        .satisfies(
            a ->
                assertThat(a.text())
                    .startsWith("The fee rises to 40 crowns")
                    .endsWith("on Monday."));
  }

  @Test
  void aUtf8FileWithOneCorruptByteKeepsItsOtherNonAsciiCharacters() {
    byte[] bytes = withStrayByte("-\nThe quay’s café reopens\nThe café reopened on Monday", ".\n");

    Article article = extractAll(read("cafe.txt", bytes)).get(0);

    assertThat(article.title()).isEqualTo("The quay’s café reopens");
    assertThat(article.text()).startsWith("The café reopened on Monday");
  }

  @Test
  void everyFixtureReadAsEveryFormatGivesABatchAndNeverThrows() throws IOException {
    for (Path fixture : Golden.inputFixtures()) {
      InputFile file = new InputFile(fixture.getFileName().toString(), Files.readAllBytes(fixture));
      for (InputFormat format : InputFormat.values()) {
        // Captured only to keep the build quiet: HostileXmlTest tracks the OPML reader's stray
        // output.
        ReadBatch batch = Golden.readQuietly(file, format, new ByteArrayOutputStream());

        assertThat(extractAll(batch)).as("%s read as %s", fixture, format).isNotNull();
      }
    }
  }

  @Test
  void aGzippedDigestIsReadTransparentlyAndItsItemsKeepTheFileName() throws IOException {
    Path file =
        gzip(
            "digest.txt.gz",
            "-\nSkarn ferry returns\nThe ferry is back.\n-\nDock deal signed\nIt is signed.\n");

    InputFiles.Expansion found =
        new InputFiles(1 << 20).expand(List.of(file.toString()), InputStream.nullInputStream());
    ReadBatch batch = new Ingest().read(found.files().get(0), InputFormat.AUTO);

    assertThat(found.rejected()).isEmpty();
    assertThat(batch.items())
        .extracting(RawDocument::input)
        .containsExactly(file + "#1", file + "#2");
    assertThat(extractAll(batch))
        .extracting(Article::title)
        .containsExactly("Skarn ferry returns", "Dock deal signed");
  }

  @Test
  void aGzipBombOverTheCapIsRejectedNamingTheLimit() throws IOException {
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }

    InputFiles.Expansion found =
        new InputFiles(1 << 20).expand(List.of(bomb.toString()), InputStream.nullInputStream());

    assertThat(Files.size(bomb)).isLessThan(1 << 20);
    assertThat(found.files()).isEmpty();
    assertThat(found.rejected())
        .singleElement()
        .satisfies(r -> assertRejected(r, bomb.toString(), "1048576"));
  }

  @Test
  void aDigestOfOneHundredThousandItemsIsReadAndExtractedWhole() {
    StringBuilder digest = new StringBuilder();
    for (int i = 1; i <= 100_000; i++) {
      digest.append("-\nHarbour notice ").append(i).append(" for the Skarn route\n");
      digest.append("The timetable for sailing ").append(i).append(" has changed.\n");
    }

    ReadBatch batch = read("notices.txt", digest.toString().getBytes(UTF_8));
    List<Article> articles = extractAll(batch);

    assertThat(batch.rejected()).isEmpty();
    assertThat(articles).hasSize(100_000);
    assertThat(articles.get(99_999).input()).isEqualTo("notices.txt#100000");
    assertThat(articles.get(99_999).title()).isEqualTo("Harbour notice 100000 for the Skarn route");
  }

  private Path gzip(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(UTF_8));
    }
    return file;
  }

  private static ReadBatch read(String name, byte[] bytes) {
    return new Ingest().read(new InputFile(name, bytes), InputFormat.AUTO);
  }

  /** UTF-8 text with one byte that is never valid UTF-8 between the two parts. */
  private static byte[] withStrayByte(String before, String after) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(before.getBytes(UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(after.getBytes(UTF_8));
    return bytes.toByteArray();
  }

  private static byte[] garbage(int length) {
    byte[] bytes = new byte[length];
    SplittableRandom random = new SplittableRandom(20250603L);
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static void assertRejected(Rejection r, String input, String reasonMentions) {
    assertThat(r.input()).isEqualTo(input);
    assertThat(r.reason()).contains(reasonMentions);
  }
}
