package dev.newsdesk.ingest;

import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.util.List;

/** What a reader made of one file: its items, in file order, and the items it could not read. */
public record ReadBatch(List<RawDocument> items, List<Rejection> rejected) {
  public ReadBatch {
    items = List.copyOf(items);
    rejected = List.copyOf(rejected);
  }

  public static ReadBatch of(List<RawDocument> items) {
    return new ReadBatch(items, List.of());
  }

  public static ReadBatch rejected(String input, String reason) {
    return new ReadBatch(List.of(), List.of(new Rejection(input, reason)));
  }
}
