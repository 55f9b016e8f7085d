package dev.newsdesk.ingest;

/**
 * Splits one file into items. Implementations are stateless and thread-safe, and never throw for
 * bad content: they return a {@link ReadBatch} whose rejections say what was wrong.
 */
public interface ItemReader {
  ReadBatch read(InputFile file);

  /** The name of item {@code n} (1-based) of a multi-item file. */
  static String itemName(InputFile file, int n) {
    return file.name() + "#" + n;
  }
}
