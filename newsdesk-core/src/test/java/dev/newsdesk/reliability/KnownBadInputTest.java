package dev.newsdesk.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.FeedReader;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.InputFiles;
import dev.newsdesk.ingest.ItemReader;
import dev.newsdesk.ingest.JsonFeedReader;
import dev.newsdesk.ingest.JsonlReader;
import dev.newsdesk.ingest.OpmlReader;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of known-bad inputs: each is read with a clear rejection and its reason, or with
 * best-effort output, and never with an exception. That each test finishes is what shows the time
 * and memory are bounded; how long each took is measured in docs/RELIABILITY.md, not asserted.
 */
class KnownBadInputTest {
  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(HtmlExtractionConfig.defaults());

  @TempDir Path dir;

  // --- XML: external entities and entity expansion -------------------------------------------

  @Test
  void externalEntitiesAndDtdsInFeedsAndListsAreRefusedAndNothingIsFetched() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/secret";
      List<InputFile> hostile =
          List.of(
              xml("entity.rss", "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + url + "\">]>", rss("&x;")),
              xml("dtd.rss", "<!DOCTYPE rss SYSTEM \"" + url + ".dtd\">", rss("Harbour")),
              xml(
                  "parameter-entity.atom",
                  "<!DOCTYPE feed [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>",
                  atom("Harbour")),
              xml(
                  "entity.opml",
                  "<!DOCTYPE opml [<!ENTITY x SYSTEM \"" + url + "\">]>",
                  opml("https://feeds.test/&x;")),
              xml(
                  "xinclude.rss",
                  "",
                  rss(
                      "<x:include xmlns:x=\"http://www.w3.org/2001/XInclude\""
                          + " href=\""
                          + url
                          + "\"/>")));

      for (InputFile file : hostile) {
        ReadBatch batch = new Ingest().read(file, InputFormat.AUTO);
        for (RawDocument doc : batch.items()) {
          Contract.extracts(EXTRACTOR, doc);
        }
        assertThat(batch.toString()).as(file.name()).doesNotContain("secret-contents");
        if (!file.name().startsWith("xinclude")) {
          assertThat(batch.items()).as(file.name()).isEmpty();
          assertThat(batch.rejected()).as(file.name()).singleElement();
        }
      }

      listener.setSoTimeout(500);
      assertThat(accepted(listener)).as("a connection to the entity's URL").isFalse();
    }
  }

  @Test
  void billionLaughsInAnAtomFeedAndAnOpmlListIsRefusedWithoutExpansion() {
    String laughs = laughs();
    for (ItemReader reader : List.of(new FeedReader(), new OpmlReader())) {
      boolean atom = reader instanceof FeedReader;
      InputFile file =
          xml(
              atom ? "laughs.atom" : "laughs.opml",
              "<!DOCTYPE " + (atom ? "feed" : "opml") + " [" + laughs + "]>",
              atom ? atom("&lol9;") : opml("https://feeds.test/&lol9;"));

      ReadBatch batch = Contract.reads(reader, file);

      assertThat(batch.items()).isEmpty();
      assertThat(batch.rejected())
          .singleElement()
          .satisfies(r -> assertThat(r.reason()).doesNotContain("lollol"));
    }
  }

  // --- Compression bombs ----------------------------------------------------------------------

  @Test
  void aGzipBombIsRejectedAtTheLimitBeforeItsEndIsEverInflated() throws IOException {
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = Files.newOutputStream(bomb)) {
      out.write(gzipOfZeros(256 << 20));
      // Not gzip: inflating up to here would fail with a format error, not the limit.
      out.write("this is not a gzip member".getBytes(UTF_8));
    }

    InputFiles.Expansion found = expand(bomb, 16 << 20);

    assertThat(Files.size(bomb)).isLessThan(1 << 20);
    assertThat(found.files()).isEmpty();
    assertThat(found.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("larger than the limit of 16777216 bytes"));
  }

  @Test
  void manySmallGzipMembersThatAddUpPastTheLimitAreRejectedAtTheLimit() throws IOException {
    Path bomb = dir.resolve("members.txt.gz");
    byte[] member = gzipOfZeros(1 << 20);
    try (OutputStream out = Files.newOutputStream(bomb)) {
      for (int i = 0; i < 64; i++) {
        out.write(member);
      }
    }

    InputFiles.Expansion found = expand(bomb, 8 << 20);

    assertThat(found.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("larger than the limit"));
  }

  @Test
  void aGzipInsideAGzipIsInflatedOnceAndTheInnerBombRejectedAsBinary() throws IOException {
    Path nested = dir.resolve("nested.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nested))) {
      out.write(gzipOfZeros(64 << 20));
    }

    InputFiles.Expansion found = expand(nested, 16 << 20);
    ReadBatch batch = new Ingest().read(found.files().get(0), InputFormat.AUTO);

    assertThat(batch.items()).isEmpty();
    assertThat(batch.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("binary content"));
  }

  // --- Broken encodings ---------------------------------------------------------------------

  @Test
  void invalidUtf8SequencesAreReadOrRejectedAsBinaryNeverThrown() {
    byte[][] broken = {
      bytes(0xC0, 0xAF), // overlong "/"
      bytes(0xE0, 0x80, 0xAF), // overlong, three bytes
      bytes(0xED, 0xA0, 0x80), // a UTF-16 surrogate encoded as UTF-8
      bytes(0xF4, 0x90, 0x80, 0x80), // past U+10FFFF
      bytes(0xF8, 0x88, 0x80, 0x80, 0x80), // five-byte form
      bytes(0xE2, 0x82), // cut off at the end of the file
    };
    for (byte[] sequence : broken) {
      byte[] file =
          concat("-\nHarbour fees rise\nThe fee rises on Monday ".getBytes(UTF_8), sequence);

      assertReadOrRejected(new InputFile("broken-utf8.txt", file));
      assertReadOrRejected(new InputFile("broken-utf8.jsonl", jsonlWith(sequence)));
    }
  }

  @Test
  void invalidUtf16IsReadOrRejectedAsBinaryNeverThrown() {
    byte[][] broken = {
      concat(
          bytes(0xFF, 0xFE),
          "Harbour".getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
          bytes(0x41)), // odd length
      concat(bytes(0xFF, 0xFE), bytes(0x00, 0xD8, 0x41, 0x00)), // lone high surrogate
      concat(bytes(0xFE, 0xFF), bytes(0xDC, 0x00, 0x00, 0x41)), // lone low surrogate
      bytes(0xFF, 0xFE), // a byte-order mark and nothing else
    };
    for (byte[] file : broken) {
      assertReadOrRejected(new InputFile("broken-utf16.txt", file));
      assertReadOrRejected(new InputFile("broken-utf16.rss", file));
    }
  }

  // --- Size ---------------------------------------------------------------------------------

  @Test
  void aTenMegabyteLineIsReadInEveryTextShape() {
    String line = "The harbour fee rises on Monday, the council said. ".repeat(200_000);
    List<InputFile> files =
        List.of(
            new InputFile("long.txt", ("Harbour fees\n\n" + line + "\n").getBytes(UTF_8)),
            new InputFile("long.jsonl", ("{\"text\":\"" + line + "\"}\n").getBytes(UTF_8)),
            new InputFile(
                "long.html",
                ("<html><body><article><p>" + line + "</p></article></body></html>")
                    .getBytes(UTF_8)),
            new InputFile("long.rss", rss(line).getBytes(UTF_8)));

    for (InputFile file : files) {
      ReadBatch batch = new Ingest().read(file, InputFormat.AUTO);
      List<Article> articles = extractAll(batch);

      assertThat(articles).as(file.name()).singleElement();
      assertThat(articles.get(0).text().length()).as(file.name()).isGreaterThan(1_000_000);
    }
  }

  @Test
  void aTenMegabyteLineWithoutSpacesOrSentencesIsReadOrRejectedNeverThrown() {
    String word = "x".repeat(10 << 20);
    for (String name : List.of("word.txt", "word.jsonl", "word.html")) {
      String body = name.endsWith(".jsonl") ? "{\"text\":\"" + word + "\"}" : word;
      assertReadOrRejected(new InputFile(name, body.getBytes(UTF_8)));
    }
  }

  @Test
  void anRssFeedOfOneHundredThousandItemsIsReadWhole() {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 100_000; i++) {
      items.append("<item><guid>n").append(i).append("</guid><title>Notice ").append(i);
      items.append("</title><description>Sailing ").append(i).append(" is moved.</description>");
      items.append("</item>");
    }
    InputFile feed = new InputFile("big.rss", rss(items.toString(), false).getBytes(UTF_8));

    ReadBatch batch = Contract.reads(new FeedReader(), feed);

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.items()).hasSize(100_000);
    assertThat(batch.items().get(99_999).input()).isEqualTo("big.rss#100000");
    assertThat(extractAll(new ReadBatch(batch.items().subList(99_000, 100_000), List.of())))
        .hasSize(1_000);
  }

  @Test
  void aJsonFeedAndAJsonlFileOfOneHundredThousandItemsAreReadWhole() {
    StringBuilder jsonFeed =
        new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 100_000; i++) {
      String item = "{\"id\":\"n" + i + "\",\"content_text\":\"Sailing " + i + " is moved.\"}";
      jsonFeed.append(i > 1 ? "," : "").append(item);
      jsonl.append("{\"id\":\"n").append(i).append("\",\"text\":\"Sailing ").append(i);
      jsonl.append(" is moved.\"}\n");
    }
    jsonFeed.append("]}");

    ReadBatch feed =
        Contract.reads(
            new JsonFeedReader(), new InputFile("big.json", jsonFeed.toString().getBytes(UTF_8)));
    ReadBatch lines =
        Contract.reads(
            new JsonlReader(), new InputFile("big.jsonl", jsonl.toString().getBytes(UTF_8)));

    assertThat(feed.items()).hasSize(100_000);
    assertThat(lines.items()).hasSize(100_000);
  }

  // A digest of 100,000 items:
  // BadInputTest#aDigestOfOneHundredThousandItemsIsReadAndExtractedWhole.

  // --- Duplicate ids ------------------------------------------------------------------------

  @Test
  void aSecondItemWithTheSameIdIsRejectedNamingTheFirstInEveryFormatWithIds() {
    String rssItems =
        "<item><guid>a1</guid><description>The ferry sails.</description></item>"
            + "<item><guid>a1</guid><description>The ferry sails again.</description></item>";
    String atomEntries =
        "<entry><id>urn:a1</id><title>One</title><content>The ferry sails.</content></entry>"
            + "<entry><id>urn:a1</id><title>Two</title><content>Again.</content></entry>";
    String jsonFeed =
        "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":["
            + "{\"id\":\"a1\",\"content_text\":\"The ferry sails.\"},"
            + "{\"id\":\"a1\",\"content_text\":\"The ferry sails again.\"}]}";
    String jsonl =
        "{\"id\":\"a1\",\"text\":\"The ferry sails.\"}\n{\"id\":\"a1\",\"text\":\"Again.\"}\n";
    List<InputFile> files =
        List.of(
            new InputFile("dup.rss", rss(rssItems, false).getBytes(UTF_8)),
            new InputFile("dup.atom", atomFeed(atomEntries).getBytes(UTF_8)),
            new InputFile("dup.json", jsonFeed.getBytes(UTF_8)),
            new InputFile("dup.jsonl", jsonl.getBytes(UTF_8)));

    for (InputFile file : files) {
      ReadBatch batch = new Ingest().read(file, InputFormat.AUTO);

      assertThat(batch.items()).as(file.name()).hasSize(1);
      assertThat(batch.rejected())
          .as(file.name())
          .singleElement()
          .satisfies(r -> assertThat(r.input()).isEqualTo(file.name() + "#2"))
          .satisfies(
              r -> assertThat(r.reason()).contains("duplicate id").contains(file.name() + "#1"));
    }
  }

  // --- helpers ------------------------------------------------------------------------------

  private static void assertReadOrRejected(InputFile file) {
    ReadBatch batch = Contract.reads(f -> new Ingest().read(f, InputFormat.AUTO), file);
    List<Article> articles = extractAll(batch);
    assertThat(articles.size() + batch.rejected().size() + batch.items().size())
        .as("%s gives output or a rejection", file.name())
        .isPositive();
    for (Rejection r : batch.rejected()) {
      assertThat(r.reason()).as(file.name()).isNotBlank();
    }
  }

  private static List<Article> extractAll(ReadBatch batch) {
    return batch.items().stream()
        .map(doc -> Contract.extracts(EXTRACTOR, doc))
        .flatMap(Optional::stream)
        .toList();
  }

  private static boolean accepted(ServerSocket listener) throws IOException {
    try {
      listener.accept().close();
      return true;
    } catch (SocketTimeoutException nobodyCame) {
      return false;
    }
  }

  private InputFiles.Expansion expand(Path file, long limit) {
    return new InputFiles(limit).expand(List.of(file.toString()), InputStream.nullInputStream());
  }

  private static byte[] gzipOfZeros(int length) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1 << 20];
      for (int written = 0; written < length; written += zeros.length) {
        out.write(zeros, 0, Math.min(zeros.length, length - written));
      }
    }
    return bytes.toByteArray();
  }

  private static String laughs() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return entities.toString();
  }

  private static InputFile xml(String name, String doctype, String body) {
    String document =
        "<?xml version=\"1.0\"?>\n" + doctype + "\n" + body.replaceFirst("^<\\?xml[^>]*>", "");
    return new InputFile(name, document.getBytes(UTF_8));
  }

  private static String rss(String description) {
    return rss(
        "<item><title>Harbour</title><description>" + escape(description) + "</description></item>",
        false);
  }

  private static String rss(String items, boolean unused) {
    return "<rss version=\"2.0\"><channel><title>Skarn Post</title>" + items + "</channel></rss>";
  }

  private static String atom(String title) {
    return atomFeed(
        "<entry><id>urn:e1</id><title>"
            + title
            + "</title>"
            + "<content>The ferry sails.</content></entry>");
  }

  private static String atomFeed(String entries) {
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Skarn Post</title><id>urn:f</id>"
        + entries
        + "</feed>";
  }

  private static String opml(String url) {
    return "<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"" + url + "\"/></body></opml>";
  }

  private static String escape(String text) {
    return text.startsWith("&") || text.startsWith("<x:") ? text : text.replace("<", "&lt;");
  }

  private static byte[] jsonlWith(byte[] sequence) {
    return concat("{\"text\":\"The fee rises ".getBytes(UTF_8), sequence, "\"}\n".getBytes(UTF_8));
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
