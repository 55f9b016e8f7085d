package dev.newsdesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.0 and 1.1: the feed's title is the outlet; each item is named {@code FILE#N}. */
public final class JsonFeedReader implements ItemReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ReadBatch read(InputFile file) {
    JsonNode feed;
    try {
      feed = JSON.readTree(TextDecoder.decode(file.bytes()));
    } catch (IOException e) {
      return ReadBatch.rejected(file.name(), "not valid JSON: " + e.getMessage());
    }
    if (feed == null || !feed.path("version").asText("").contains("jsonfeed.org")) {
      return ReadBatch.rejected(file.name(), "not a JSON Feed (no jsonfeed.org \"version\")");
    }
    String outlet = text(feed, "title");
    List<RawDocument> items = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    int n = 0;
    for (JsonNode item : feed.path("items")) {
      String name = ItemReader.itemName(file, ++n);
      String id = text(item, "id");
      String first = id == null ? null : seenIds.putIfAbsent(id, name);
      if (first != null) {
        rejected.add(
            new Rejection(name, "duplicate id \"" + id + "\" (first seen at " + first + ")"));
        continue;
      }
      String html = text(item, "content_html");
      String plain = text(item, "content_text");
      if (html == null && plain == null) {
        rejected.add(new Rejection(name, "has neither content_html nor content_text"));
        continue;
      }
      String published = text(item, "date_published");
      ItemMetadata metadata =
          new ItemMetadata(
              text(item, "url"),
              outlet,
              text(item, "title"),
              Timestamps.date(published),
              Timestamps.instant(published),
              text(item.path("authors").path(0), "name"),
              text(item, "language"));
      items.add(
          html != null
              ? new RawDocument(name, ContentKind.HTML, html, metadata)
              : new RawDocument(name, ContentKind.TEXT_BODY, plain, metadata));
    }
    return new ReadBatch(items, rejected);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }
}
