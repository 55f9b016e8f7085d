package dev.newsdesk.ingest;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest: items separated by lines holding only {@code -}, each a title line followed by lead
 * paragraphs. Items are named {@code FILE#N} in file order.
 */
public final class DigestReader implements ItemReader {
  @Override
  public ReadBatch read(InputFile file) {
    List<RawDocument> items = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : TextDecoder.decode(file.bytes()).split("\\R", -1)) {
      if (TextShapes.isItemSeparator(line)) {
        flush(file, current, items);
      } else {
        current.add(line);
      }
    }
    flush(file, current, items);
    return ReadBatch.of(items);
  }

  private static void flush(InputFile file, List<String> lines, List<RawDocument> items) {
    String body = String.join("\n", lines).strip();
    lines.clear();
    if (!body.isEmpty()) {
      String name = ItemReader.itemName(file, items.size() + 1);
      items.add(new RawDocument(name, ContentKind.TEXT_TITLED, body, ItemMetadata.none()));
    }
  }
}
