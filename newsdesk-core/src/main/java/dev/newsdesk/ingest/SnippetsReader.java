package dev.newsdesk.ingest;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.util.ArrayList;
import java.util.List;

/** A page of snippets: every non-blank line is an item, named {@code FILE#N} in line order. */
public final class SnippetsReader implements ItemReader {
  @Override
  public ReadBatch read(InputFile file) {
    List<RawDocument> items = new ArrayList<>();
    for (String line : TextDecoder.decode(file.bytes()).split("\\R")) {
      if (!line.isBlank()) {
        String name = ItemReader.itemName(file, items.size() + 1);
        items.add(new RawDocument(name, ContentKind.TEXT_BODY, line.strip(), ItemMetadata.none()));
      }
    }
    return ReadBatch.of(items);
  }
}
