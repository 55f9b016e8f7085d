package dev.newsdesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.model.InputFormat;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A POSTed item: a JSON object (the fields of a JSONL line: id, url, source, title, published, text
 * or html) or an array of them, an HTML page, or plain text in any shape {@code newsdesk brief}
 * reads.
 *
 * <p>Design decision: an item is named by {@code ?input=}, else its JSON {@code url} or {@code id},
 * else a hash of its bytes. The article id derives from that name and the text, so a client that
 * retries a POST whose answer it lost gets "already read", never a second copy.
 */
final class PostedItems {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Desk desk;

  PostedItems(Desk desk) {
    this.desk = desk;
  }

  List<IngestOutcome> ingest(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new IllegalArgumentException("the request has no body: POST an article");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String input = Routes.blankToNull(ctx.queryParam("input"));
    if (type.startsWith("application/json")) {
      return json(body, input);
    }
    String name = input != null ? input : "api:" + hash(body);
    return desk.ingest(name, body, Routes.formatOf(type));
  }

  private List<IngestOutcome> json(byte[] body, String input) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      // Reading a byte array cannot fail for I/O: this is the content, e.g. bytes that make
      // Jackson guess UTF-32 and then meet an invalid character (fuzz finding
      // ApiBodyFuzzTestInputs/postedBodies/input-name-with-nul-characters, was a 500).
      throw new IllegalArgumentException("the body is not valid JSON: " + e.getMessage());
    }
    List<JsonNode> objects = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(objects::add);
    } else {
      objects.add(root);
    }
    // One batch for the whole array: its items are prepared at once and committed together.
    List<InputFile> lines = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      JsonNode node = objects.get(i);
      String line = node == null ? "null" : node.toString();
      String name = nameOf(node, input, i, objects.size(), line);
      lines.add(new InputFile(name, line.getBytes(StandardCharsets.UTF_8)));
    }
    return desk.ingest(lines, InputFormat.JSONL);
  }

  private static String nameOf(JsonNode node, String input, int i, int count, String line) {
    if (input != null) {
      return count == 1 ? input : input + "#" + (i + 1);
    }
    for (String field : List.of("url", "id")) {
      if (node != null && node.hasNonNull(field) && !node.get(field).asText().isBlank()) {
        return node.get(field).asText().strip();
      }
    }
    return "api:" + hash(line.getBytes(StandardCharsets.UTF_8));
  }

  static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
