package dev.newsdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Latencies of the soak run's requests, drained into one row per interval. Thread-safe. */
final class SoakSamples {
  /** The kinds of request the soak run makes. */
  enum Kind {
    POST("post"),
    STORY_LIST("stories"),
    STORY_PAGE("story"),
    SEARCH("search");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * One interval: the state at its end and the latencies (ms) of the requests answered in it.
   *
   * @param p50 per kind, in {@link Kind} order; NaN when none was answered
   */
  record Row(
      int second,
      long heapBytes,
      int threads,
      long openFiles,
      int posted,
      double[] p50,
      double[] p99,
      int[] count) {
    String csv() {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%d,%.1f,%d,%d,%d",
                  second,
                  heapBytes / 1e6,
                  threads,
                  openFiles,
                  posted));
      for (int k = 0; k < p50.length; k++) {
        line.append(String.format(Locale.ROOT, ",%d,%.1f,%.1f", count[k], p50[k], p99[k]));
      }
      return line.toString();
    }
  }

  private final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);

  SoakSamples() {
    for (Kind kind : Kind.values()) {
      nanos.put(kind, new ArrayList<>());
    }
  }

  synchronized void record(Kind kind, long elapsedNanos) {
    nanos.get(kind).add(elapsedNanos);
  }

  synchronized Row drain(int second, long heap, int threads, long files, int posted) {
    int kinds = Kind.values().length;
    double[] p50 = new double[kinds];
    double[] p99 = new double[kinds];
    int[] count = new int[kinds];
    for (Kind kind : Kind.values()) {
      long[] sorted = nanos.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
      nanos.get(kind).clear();
      int k = kind.ordinal();
      count[k] = sorted.length;
      p50[k] = percentile(sorted, 0.50);
      p99[k] = percentile(sorted, 0.99);
    }
    return new Row(second, heap, threads, files, posted, p50, p99, count);
  }

  /** The {@code q} quantile of sorted nanosecond latencies, in milliseconds (NaN when none). */
  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int at = (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1);
    return sorted[Math.max(0, at)] / 1e6;
  }

  static String csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("second,heap_mb,threads,open_files,posted");
    for (Kind kind : Kind.values()) {
      csv.append(',')
          .append(kind.label)
          .append("_n,")
          .append(kind.label)
          .append("_p50_ms,")
          .append(kind.label)
          .append("_p99_ms");
    }
    csv.append('\n');
    rows.forEach(r -> csv.append(r.csv()).append('\n'));
    return csv.toString();
  }

  /**
   * Each curve's mean over the second third of the run against the last third (the first third is
   * warm-up: models loading, JIT, the first stories), and the change between them.
   */
  static String verdict(List<Row> rows) {
    int n = rows.size();
    List<Row> middle = rows.subList(n / 3, 2 * n / 3);
    List<Row> last = rows.subList(2 * n / 3, n);
    StringBuilder out = new StringBuilder("mean over the second third -> the last third:\n");
    line(out, "heap after GC (MB)", middle, last, r -> r.heapBytes() / 1e6);
    line(
        out,
        "heap per posted article (KB)",
        middle,
        last,
        r -> r.heapBytes() / 1e3 / Math.max(1, r.posted()));
    line(out, "live threads", middle, last, r -> r.threads());
    line(out, "open files", middle, last, r -> r.openFiles());
    for (Kind kind : Kind.values()) {
      line(out, kind.label + " p50 (ms)", middle, last, r -> r.p50()[kind.ordinal()]);
      line(out, kind.label + " p99 (ms)", middle, last, r -> r.p99()[kind.ordinal()]);
    }
    return out.toString();
  }

  interface Value {
    double of(Row row);
  }

  private static void line(StringBuilder out, String what, List<Row> a, List<Row> b, Value v) {
    double before = mean(a, v);
    double after = mean(b, v);
    out.append(
        String.format(
            Locale.ROOT,
            "  %-30s %10.1f -> %10.1f (%+.0f%%)%n",
            what,
            before,
            after,
            100 * (after - before) / before));
  }

  private static double mean(List<Row> rows, Value v) {
    return rows.stream()
        .mapToDouble(v::of)
        .filter(x -> !Double.isNaN(x))
        .average()
        .orElse(Double.NaN);
  }

  static double[] values(List<Row> rows, Value v) {
    return rows.stream().mapToDouble(v::of).toArray();
  }

  static double max(double[] values) {
    return Arrays.stream(values).filter(x -> !Double.isNaN(x)).max().orElse(1);
  }
}
