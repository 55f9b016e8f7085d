package dev.newsdesk.ingest;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.util.List;

/** One web page, one item. Its charset comes from a BOM or {@code <meta charset>}. */
public final class HtmlPageReader implements ItemReader {
  @Override
  public ReadBatch read(InputFile file) {
    String html = TextDecoder.decode(file.bytes());
    return ReadBatch.of(
        List.of(new RawDocument(file.name(), ContentKind.HTML, html, ItemMetadata.none())));
  }
}
