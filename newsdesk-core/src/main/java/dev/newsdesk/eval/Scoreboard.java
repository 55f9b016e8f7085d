package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Our figures per stage and dataset, beside the published figures they should be compared with.
 *
 * <p>Design decision: a stage that is not built, or a dataset that is not on the machine, has a row
 * that says so in words. It never shows a zero, which would read as a measured failure.
 *
 * <p>Immutable and thread-safe; {@link #render()} is deterministic.
 */
public record Scoreboard(List<Row> rows) {

  private static final List<String> HEADERS =
      List.of("STAGE", "DATASET", "SPLIT", "OURS", "PUBLISHED", "NOTE");

  /** Whether a row holds figures, and if not, why not. */
  public enum Status {
    MEASURED,
    NOT_BUILT,
    DATASET_MISSING
  }

  /**
   * One stage on one dataset split.
   *
   * @param split the split or subset scored, or null when the dataset has none
   * @param figures our figures by name, in report order; empty unless {@code MEASURED}
   * @param anchor the published figures to compare with, as text, or null when there are none
   * @param note a short remark (what was run, why nothing was), or null
   */
  public record Row(
      String stage,
      String dataset,
      String split,
      Map<String, Double> figures,
      String anchor,
      Status status,
      String note) {
    public Row {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(status, "status");
      figures.values().forEach(v -> Objects.requireNonNull(v, "figure value"));
      figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
      if (status == Status.MEASURED && figures.isEmpty()) {
        throw new IllegalArgumentException("a measured row needs figures: " + stage);
      }
      if (status != Status.MEASURED && !figures.isEmpty()) {
        throw new IllegalArgumentException("a row " + status + " cannot hold figures: " + stage);
      }
    }

    public static Row measured(
        String stage, String dataset, String split, Map<String, Double> figures, String anchor) {
      return new Row(stage, dataset, split, figures, anchor, Status.MEASURED, null);
    }

    public static Row notBuilt(
        String stage, String dataset, String split, String anchor, String note) {
      return new Row(stage, dataset, split, Map.of(), anchor, Status.NOT_BUILT, note);
    }

    public static Row datasetMissing(
        String stage, String dataset, String split, String anchor, String note) {
      return new Row(stage, dataset, split, Map.of(), anchor, Status.DATASET_MISSING, note);
    }

    /** {@code name=value} pairs with 3 decimals, or the status in words when not measured. */
    public String figuresLine() {
      return switch (status) {
        case MEASURED -> Scoreboard.figuresLine(figures);
        case NOT_BUILT -> "not built";
        case DATASET_MISSING -> "dataset missing";
      };
    }
  }

  public Scoreboard {
    rows = List.copyOf(rows);
  }

  /** This scoreboard with one more row at the end. */
  public Scoreboard with(Row row) {
    List<Row> more = new ArrayList<>(rows);
    more.add(row);
    return new Scoreboard(more);
  }

  /** Figures as {@code name=value name=value}, values with 3 decimals and a dot, in map order. */
  public static String figuresLine(Map<String, Double> figures) {
    return figures.entrySet().stream()
        .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.3f", e.getValue()))
        .collect(Collectors.joining(" "));
  }

  /**
   * A plain-text table: a header line, a rule, then one line per row in order. Each column is as
   * wide as its widest cell; columns are separated by two spaces; lines carry no trailing spaces
   * and end with a newline. Missing values print as {@code -}.
   */
  public String render() {
    List<List<String>> table = new ArrayList<>();
    table.add(HEADERS);
    for (Row row : rows) {
      table.add(
          List.of(
              row.stage(),
              row.dataset(),
              orDash(row.split()),
              row.figuresLine(),
              orDash(row.anchor()),
              orDash(row.note())));
    }
    int[] widths = new int[HEADERS.size()];
    for (List<String> line : table) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    table.add(1, rule);
    StringBuilder out = new StringBuilder();
    for (List<String> line : table) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        text.append(c == 0 ? "" : "  ").append(line.get(c));
        text.append(" ".repeat(widths[c] - line.get(c).length()));
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text.replace('\n', ' ');
  }
}
