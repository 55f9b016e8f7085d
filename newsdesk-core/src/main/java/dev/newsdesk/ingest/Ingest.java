package dev.newsdesk.ingest;

import dev.newsdesk.model.InputFormat;
import java.util.Map;

/** The front door of ingest: detects each file's shape (unless forced) and reads it. */
public final class Ingest {
  private final Map<InputFormat, ItemReader> readers =
      Map.of(
          InputFormat.DIGEST, new DigestReader(),
          InputFormat.SNIPPETS, new SnippetsReader(),
          InputFormat.ARTICLE, new ArticleDumpReader(),
          InputFormat.JSONL, new JsonlReader(),
          InputFormat.FEED, new FeedReader(),
          InputFormat.JSON_FEED, new JsonFeedReader(),
          InputFormat.HTML, new HtmlPageReader(),
          InputFormat.OPML, new OpmlReader());

  /**
   * Reads one file. Never throws for bad content: a reader's unexpected failure becomes a rejection
   * of the whole file, naming the error, so the rest of the batch goes on.
   *
   * @param format the shape to read it as, or {@link InputFormat#AUTO} to detect it
   */
  public ReadBatch read(InputFile file, InputFormat format) {
    if (file.bytes().length == 0) {
      return ReadBatch.rejected(file.name(), "empty file");
    }
    if (!TextDecoder.looksLikeText(TextDecoder.decode(file.bytes()))) {
      return ReadBatch.rejected(file.name(), "binary content, not text in any known encoding");
    }
    InputFormat shape = format == InputFormat.AUTO ? FormatDetector.detect(file) : format;
    try {
      return readers.get(shape).read(file);
    } catch (RuntimeException | StackOverflowError e) {
      return ReadBatch.rejected(
          file.name(),
          "could not be read as " + shape.name().toLowerCase(java.util.Locale.ROOT) + ": " + e);
    }
  }
}
