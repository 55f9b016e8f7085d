package dev.newsdesk.ingest;

import static dev.newsdesk.ingest.Golden.extractAll;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** XML that tries to read local files or expand without bound is refused, and nothing leaks. */
// A hang guard only, generous enough for a loaded CI machine: speed is measured in newsdesk-bench.
@Timeout(300)
class HostileXmlTest {
  private static final String SECRET = "contents-of-a-private-file-7d41c";

  @TempDir Path dir;

  @Test
  void anRssFeedWithAnExternalEntityNeverReadsTheFileItNames() throws IOException {
    String rss =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"%s\">]>\n<rss version=\"2.0\">"
            + "<channel><title>&leak;</title><item><title>&leak;</title><description>"
            + "&lt;p&gt;The harbour master said &amp;leak; nothing about the ferry timetable.&lt;/p&gt;"
            + "</description></item></channel></rss>";
    assertNeverExpands("leak.rss", rss);
  }

  @Test
  void anAtomFeedWithAnExternalEntityNeverReadsTheFileItNames() throws IOException {
    String atom =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY leak SYSTEM \"%s\">]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&leak;</title><entry>"
            + "<title>&leak;</title><content type=\"text\">The harbour master said &leak;.</content>"
            + "</entry></feed>";
    assertNeverExpands("leak.atom", atom);
  }

  @Test
  void anOpmlListWithAnExternalEntityNeverReadsTheFileItNames() throws IOException {
    String opml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY leak SYSTEM \"%s\">]>\n<opml version=\"2.0\">"
            + "<body><outline text=\"&leak;\" xmlUrl=\"https://feeds.test/&leak;\"/></body></opml>";
    assertNeverExpands("leak.opml", opml);
  }

  @Test
  void aBillionLaughsFeedIsRejectedWithoutExpandingItsEntities() {
    ReadBatch batch = Golden.read("rss-with-billion-laughs-entity-expansion");

    assertThat(batch.items()).isEmpty();
    assertThat(batch.rejected())
        .singleElement()
        .satisfies(
            r -> assertThat(r.input()).isEqualTo("rss-with-billion-laughs-entity-expansion.rss"))
        .satisfies(r -> assertThat(r.reason()).doesNotContain("lollollol"));
  }

  @Test
  void aBrokenOpmlListIsRejectedWithoutWritingToStandardError() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    byte[] broken = "<opml version=\"2.0\"><body><outline".getBytes(UTF_8);

    ReadBatch batch =
        Golden.readQuietly(new InputFile("broken.opml", broken), InputFormat.AUTO, captured);

    assertThat(batch.rejected()).extracting(Rejection::input).containsExactly("broken.opml");
    assertThat(captured.toString(UTF_8)).isEmpty();
  }

  private void assertNeverExpands(String name, String template) throws IOException {
    Path secret = Files.writeString(dir.resolve("private.txt"), SECRET, UTF_8);
    byte[] xml = template.replace("%s", secret.toUri().toString()).getBytes(UTF_8);
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    ReadBatch batch = Golden.readQuietly(new InputFile(name, xml), InputFormat.AUTO, stderr);

    assertThat(stderr.toString(UTF_8)).doesNotContain(SECRET);
    assertThat(batch.toString()).doesNotContain(SECRET);
    assertThat(extractAll(batch).toString()).doesNotContain(SECRET);
  }
}
