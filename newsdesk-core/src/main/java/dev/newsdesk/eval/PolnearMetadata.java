package dev.newsdesk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of PolNeAR's {@code metadata.tsv}. Empty cells and the literal {@code None} read as null.
 *
 * @param compartment {@code train}, {@code dev}, {@code test}, {@code annotator-training} or {@code
 *     parc3-replication}
 * @param filename the article name, as {@link PolnearCorpus.Article#name()}
 * @param level the annotation round, or null
 * @param annotators the ids of the annotators who annotated the article
 * @param credit the publisher the story is credited to ("h/t: The Hill"), or null
 * @param wire the wire service the story comes from (AP, UPI, AFP, Reuters), or null
 */
public record PolnearMetadata(
    String compartment,
    String filename,
    String level,
    List<String> annotators,
    String publisher,
    LocalDate publicationDate,
    String author,
    String title,
    Integer trumpCount,
    Integer clintonCount,
    String credit,
    String wire) {

  private static final List<String> COLUMNS =
      List.of(
          "compartment",
          "filename",
          "level",
          "annotators",
          "publisher",
          "publication_date",
          "author",
          "title",
          "trump_count",
          "clinton_count",
          "credit",
          "wire");

  public PolnearMetadata {
    Objects.requireNonNull(compartment, "compartment");
    Objects.requireNonNull(filename, "filename");
    annotators = List.copyOf(annotators);
  }

  /** The rows of a metadata file in file order; columns are found by their header names. */
  static List<PolnearMetadata> read(Path file) throws IOException {
    String[] lines = DatasetFiles.readUtf8(file).split("\r?\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new DatasetFormatException(file, 1, "no header line");
    }
    List<String> header = Arrays.asList(lines[0].split("\t", -1));
    Map<String, Integer> column = new HashMap<>();
    for (String name : COLUMNS) {
      if (!header.contains(name)) {
        throw new DatasetFormatException(file, 1, "header has no column " + name);
      }
      column.put(name, header.indexOf(name));
    }
    List<PolnearMetadata> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.size()) {
        throw new DatasetFormatException(
            file, i + 1, cells.length + " cells where the header has " + header.size());
      }
      rows.add(row(new Cells(file, i + 1, cells, column)));
    }
    return rows;
  }

  private static PolnearMetadata row(Cells c) {
    String annotators = c.text("annotators");
    return new PolnearMetadata(
        c.required("compartment"),
        c.required("filename"),
        c.text("level"),
        annotators == null ? List.of() : List.of(annotators.split("\\|")),
        c.text("publisher"),
        c.date("publication_date"),
        c.text("author"),
        c.text("title"),
        c.count("trump_count"),
        c.count("clinton_count"),
        c.text("credit"),
        c.text("wire"));
  }

  private record Cells(Path file, int line, String[] cells, Map<String, Integer> column) {
    String text(String name) {
      String cell = cells[column.get(name)].strip();
      return cell.isEmpty() || cell.equals("None") ? null : cell;
    }

    String required(String name) {
      String cell = text(name);
      if (cell == null) {
        throw new DatasetFormatException(file, line, "column " + name + " is empty");
      }
      return cell;
    }

    LocalDate date(String name) {
      String cell = text(name);
      try {
        return cell == null ? null : LocalDate.parse(cell);
      } catch (DateTimeParseException e) {
        throw new DatasetFormatException(
            file, line, "column " + name + " is not a YYYY-MM-DD date: " + cell, e);
      }
    }

    Integer count(String name) {
      String cell = text(name);
      try {
        return cell == null ? null : Integer.valueOf(cell);
      } catch (NumberFormatException e) {
        throw new DatasetFormatException(
            file, line, "column " + name + " is not a whole number: " + cell, e);
      }
    }
  }
}
