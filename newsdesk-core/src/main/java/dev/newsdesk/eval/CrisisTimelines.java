package dev.newsdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads reference timelines in the tilse format, as the Crisis dataset publishes them: blocks
 * separated by a line of dashes, each block a {@code YYYY-MM-DD} line followed by one or more
 * summary sentences for that date, one per line.
 *
 * <p>Blank lines are skipped. A date may appear in several blocks; each block stays its own entry.
 * Stateless and thread-safe.
 */
public final class CrisisTimelines {
  private static final Pattern SEPARATOR = Pattern.compile("-{5,}");

  /** One dated block: the date and what happened on it. */
  public record Entry(LocalDate date, List<String> sentences) {
    public Entry {
      Objects.requireNonNull(date, "date");
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * One reference timeline.
   *
   * @param topic the file name without {@code .txt}, such as {@code egypt}
   * @param entries the blocks in file order
   */
  public record Timeline(String topic, List<Entry> entries) {
    public Timeline {
      Objects.requireNonNull(topic, "topic");
      entries = List.copyOf(entries);
    }

    /** The distinct dates of the timeline, in calendar order. */
    public SortedSet<LocalDate> dates() {
      SortedSet<LocalDate> dates = new TreeSet<>();
      entries.forEach(e -> dates.add(e.date()));
      return dates;
    }
  }

  private CrisisTimelines() {}

  /** Every {@code *.txt} timeline in a folder, in file-name order. */
  public static List<Timeline> read(Path dir) throws IOException {
    List<Timeline> timelines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files
              .filter(p -> p.getFileName().toString().endsWith(".txt"))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .toList()) {
        timelines.add(readFile(file));
      }
    }
    return timelines;
  }

  /** One timeline file; its topic is the file name without {@code .txt}. */
  public static Timeline readFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    String topic = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    String[] lines = DatasetFiles.readUtf8(file).split("\r?\n");
    List<Entry> entries = new ArrayList<>();
    LocalDate date = null;
    int dateLine = 0;
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "-----";
      if (SEPARATOR.matcher(line).matches()) {
        if (date != null) {
          if (sentences.isEmpty()) {
            throw new DatasetFormatException(file, dateLine, "date " + date + " has no sentence");
          }
          entries.add(new Entry(date, sentences));
        }
        date = null;
        sentences = new ArrayList<>();
      } else if (line.isEmpty()) {
        continue;
      } else if (date == null) {
        date = parseDate(file, i + 1, line);
        dateLine = i + 1;
      } else {
        sentences.add(line);
      }
    }
    return new Timeline(topic, entries);
  }

  private static LocalDate parseDate(Path file, int line, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new DatasetFormatException(
          file, line, "a block must start with a YYYY-MM-DD date, found: " + text, e);
    }
  }
}
