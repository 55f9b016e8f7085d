package dev.newsdesk.model;

import java.util.Objects;

/**
 * One item as a reader found it, before extraction.
 *
 * @param input where it came from: a file name, {@code FILE#N} for the Nth item of a multi-item
 *     file (1-based), or a URL
 * @param body the item's text or HTML, already decoded
 */
public record RawDocument(String input, ContentKind kind, String body, ItemMetadata metadata) {
  public RawDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    metadata = metadata == null ? ItemMetadata.none() : metadata;
  }
}
