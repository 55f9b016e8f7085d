package dev.newsdesk.ingest;

import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the INPUT arguments of a command into files: a file, a directory (read recursively in
 * sorted order), or {@code -} for standard input. Gzip is read transparently, with a cap on the
 * inflated size so that a compression bomb is rejected rather than exhausting memory.
 *
 * <p>In a directory, only files of known input types are read; others are reported as skipped. A
 * file named {@code gold.json} is a corpus's answer key, never an input, and hidden files are
 * skipped.
 */
public final class InputFiles {
  private static final Set<String> KNOWN_EXTENSIONS =
      Set.of(
          "txt", "text", "jsonl", "ndjson", "json", "rss", "atom", "xml", "html", "htm", "xhtml",
          "opml");

  private final long maxBytes;

  /**
   * @param maxBytes the most bytes one file may hold once decompressed
   */
  public InputFiles(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Files found, files rejected, and files in directories that were skipped as not inputs. */
  public record Expansion(List<InputFile> files, List<Rejection> rejected, List<String> skipped) {
    public Expansion {
      files = List.copyOf(files);
      rejected = List.copyOf(rejected);
      skipped = List.copyOf(skipped);
    }
  }

  public Expansion expand(List<String> arguments, InputStream stdin) {
    List<InputFile> files = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        add("-", () -> stdin, files, rejected);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        walk(path, files, rejected, skipped);
      } else if (Files.isRegularFile(path)) {
        add(argument, () -> Files.newInputStream(path), files, rejected);
      } else {
        rejected.add(new Rejection(argument, "no such file or directory"));
      }
    }
    return new Expansion(files, rejected, skipped);
  }

  private void walk(
      Path dir, List<InputFile> files, List<Rejection> rejected, List<String> skipped) {
    List<Path> found;
    try (Stream<Path> tree = Files.walk(dir)) {
      found = tree.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      rejected.add(
          new Rejection(dir.toString(), "directory could not be listed: " + e.getMessage()));
      return;
    }
    for (Path path : found) {
      String fileName = path.getFileName().toString();
      String name = path.toString();
      if (fileName.startsWith(".") || fileName.equals("gold.json")) {
        continue;
      }
      if (!KNOWN_EXTENSIONS.contains(extension(fileName))) {
        skipped.add(name);
        continue;
      }
      add(name, () -> Files.newInputStream(path), files, rejected);
    }
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private void add(String name, Opener opener, List<InputFile> files, List<Rejection> rejected) {
    try (InputStream raw = opener.open()) {
      InputStream in =
          name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      files.add(new InputFile(name, readCapped(in)));
    } catch (TooLarge e) {
      rejected.add(new Rejection(name, "larger than the limit of " + maxBytes + " bytes"));
    } catch (IOException e) {
      rejected.add(new Rejection(name, "could not be read: " + e.getMessage()));
    }
  }

  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new TooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }
}
