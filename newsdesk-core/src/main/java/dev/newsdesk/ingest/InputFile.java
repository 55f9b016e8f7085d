package dev.newsdesk.ingest;

import java.util.Objects;

/**
 * One file's bytes, already decompressed, with the name items from it are known by.
 *
 * @param name the path as the user gave it (or as found under a directory they gave), or {@code -}
 */
public record InputFile(String name, byte[] bytes) {
  public InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The file name without a {@code .gz} suffix, which decides the format by extension. */
  public String logicalName() {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
