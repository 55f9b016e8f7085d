package dev.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per line with {@code id}, {@code url}, {@code source}, {@code title}, {@code
 * published}, and {@code text} or {@code html}. Items are named {@code FILE#N} by their line among
 * the non-blank lines; a bad line is rejected on its own.
 */
public final class JsonlReader implements ItemReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ReadBatch read(InputFile file) {
    List<RawDocument> items = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    int n = 0;
    for (String line : TextDecoder.decode(file.bytes()).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String name = ItemReader.itemName(file, ++n);
      try {
        JsonNode node = JSON.readTree(line);
        String problem = problem(node, seenIds, name);
        if (problem != null) {
          rejected.add(new Rejection(name, problem));
        } else {
          items.add(document(name, node));
        }
      } catch (JsonProcessingException e) {
        rejected.add(new Rejection(name, "not valid JSON: " + e.getOriginalMessage()));
      }
    }
    return new ReadBatch(items, rejected);
  }

  private static String problem(JsonNode node, Map<String, String> seenIds, String name) {
    if (!node.isObject()) {
      return "not a JSON object";
    }
    if (text(node, "text") == null && text(node, "html") == null) {
      return "has neither \"text\" nor \"html\"";
    }
    String id = text(node, "id");
    if (id != null) {
      String first = seenIds.putIfAbsent(id, name);
      if (first != null) {
        return "duplicate id \"" + id + "\" (first seen at " + first + ")";
      }
    }
    return null;
  }

  private static RawDocument document(String name, JsonNode node) {
    String html = text(node, "html");
    String published = text(node, "published");
    ItemMetadata metadata =
        new ItemMetadata(
            text(node, "url"),
            text(node, "source"),
            text(node, "title"),
            Timestamps.date(published),
            Timestamps.instant(published),
            text(node, "author"),
            text(node, "language"));
    return html != null
        ? new RawDocument(name, ContentKind.HTML, html, metadata)
        : new RawDocument(name, ContentKind.TEXT_BODY, text(node, "text"), metadata);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }
}
