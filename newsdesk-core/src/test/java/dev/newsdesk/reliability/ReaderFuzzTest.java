package dev.newsdesk.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.ArticleDumpReader;
import dev.newsdesk.ingest.DigestReader;
import dev.newsdesk.ingest.FeedReader;
import dev.newsdesk.ingest.HtmlPageReader;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ItemReader;
import dev.newsdesk.ingest.JsonFeedReader;
import dev.newsdesk.ingest.JsonlReader;
import dev.newsdesk.ingest.OpmlReader;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.ingest.SnippetsReader;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;

/**
 * Coverage-guided fuzzing of every reader, on raw bytes as they would arrive in a file. Each item a
 * reader gives is also extracted, so a reader's odd output is checked where it is used.
 *
 * <p>In {@code mvn verify} each target replays its seeds under {@code
 * src/test/resources/dev/newsdesk/reliability/ReaderFuzzTestInputs/} once; {@code bin/fuzz} runs
 * one target for as long as asked.
 */
class ReaderFuzzTest {
  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(HtmlExtractionConfig.defaults());

  @FuzzTest
  void digestReader(@NotNull byte[] bytes) {
    readAndExtract(new DigestReader(), "digest.txt", bytes);
  }

  @FuzzTest
  void snippetsReader(@NotNull byte[] bytes) {
    readAndExtract(new SnippetsReader(), "snippets.txt", bytes);
  }

  @FuzzTest
  void articleDumpReader(@NotNull byte[] bytes) {
    readAndExtract(new ArticleDumpReader(), "article.txt", bytes);
  }

  @FuzzTest
  void jsonlReader(@NotNull byte[] bytes) {
    readAndExtract(new JsonlReader(), "items.jsonl", bytes);
  }

  @FuzzTest
  void feedReader(@NotNull byte[] bytes) {
    readAndExtract(new FeedReader(), "feed.rss", bytes);
  }

  @FuzzTest
  void jsonFeedReader(@NotNull byte[] bytes) {
    readAndExtract(new JsonFeedReader(), "feed.json", bytes);
  }

  @FuzzTest
  void opmlReader(@NotNull byte[] bytes) {
    readAndExtract(new OpmlReader(), "list.opml", bytes);
  }

  @FuzzTest
  void htmlPageReader(@NotNull byte[] bytes) {
    readAndExtract(new HtmlPageReader(), "page.html", bytes);
  }

  /** The front door, detecting the shape of a file with no telling extension. */
  @FuzzTest
  void ingestDetectingTheFormat(@NotNull byte[] bytes) {
    InputFile file = new InputFile("input", bytes);
    ReadBatch batch = Contract.reads(f -> new Ingest().read(f, InputFormat.AUTO), file);
    extractAll(batch);
  }

  private static void readAndExtract(ItemReader reader, String name, byte[] bytes) {
    extractAll(Contract.reads(reader, new InputFile(name, bytes)));
  }

  private static void extractAll(ReadBatch batch) {
    for (RawDocument doc : batch.items()) {
      Contract.extracts(EXTRACTOR, doc);
    }
  }
}
