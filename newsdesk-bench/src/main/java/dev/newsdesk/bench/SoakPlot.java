package dev.newsdesk.bench;

import java.util.List;
import java.util.Locale;

/**
 * Draws the soak run's samples as one SVG of stacked panels sharing the time axis: heap after GC,
 * threads and open files, p50 and p99 latency per kind of request. Plain SVG written by hand, so it
 * renders on any page without a plotting library or a network.
 */
final class SoakPlot {
  private static final int WIDTH = 900;
  private static final int PANEL = 190;
  private static final int LEFT = 70;
  private static final int RIGHT = 150;
  private static final int TOP = 30;
  private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

  private SoakPlot() {}

  /** One series: a name, and a value per row (NaN for none). */
  private record Series(String name, double[] values) {}

  static String svg(List<SoakSamples.Row> rows) {
    int panels = 4;
    int height = TOP + panels * (PANEL + 40) + 20;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
            WIDTH,
            height));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"18\" font-size=\"14\">Soak run: %d s, %d articles posted,"
                + " sampled every %d s</text>%n",
            LEFT,
            rows.get(rows.size() - 1).second(),
            rows.get(rows.size() - 1).posted(),
            rows.size() > 1 ? rows.get(1).second() - rows.get(0).second() : 0));
    double[] seconds = SoakSamples.values(rows, SoakSamples.Row::second);
    int y = TOP;
    y =
        panel(
            svg,
            y,
            "heap after GC (MB)",
            seconds,
            List.of(new Series("heap", SoakSamples.values(rows, r -> r.heapBytes() / 1e6))));
    y =
        panel(
            svg,
            y,
            "threads, open files",
            seconds,
            List.of(
                new Series("threads", SoakSamples.values(rows, SoakSamples.Row::threads)),
                new Series("open files", SoakSamples.values(rows, SoakSamples.Row::openFiles))));
    y = panel(svg, y, "p50 latency (ms)", seconds, latencies(rows, true));
    panel(svg, y, "p99 latency (ms)", seconds, latencies(rows, false));
    return svg.append("</svg>\n").toString();
  }

  private static List<Series> latencies(List<SoakSamples.Row> rows, boolean median) {
    return java.util.Arrays.stream(SoakSamples.Kind.values())
        .map(
            k ->
                new Series(
                    k.label,
                    SoakSamples.values(
                        rows, r -> median ? r.p50()[k.ordinal()] : r.p99()[k.ordinal()])))
        .toList();
  }

  private static int panel(
      StringBuilder svg, int top, String title, double[] xs, List<Series> series) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    double xMax = Math.max(1, SoakSamples.max(xs));
    double yMax = 0;
    for (Series s : series) {
      yMax = Math.max(yMax, SoakSamples.max(s.values()));
    }
    yMax = yMax <= 0 ? 1 : yMax * 1.1;
    int bottom = top + PANEL;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n"
                + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#999\"/>%n",
            LEFT,
            top + 12,
            title,
            LEFT,
            top + 20,
            plotWidth,
            PANEL - 20));
    for (int t = 0; t <= 4; t++) {
      double value = yMax * t / 4;
      double py = bottom - (PANEL - 20) * t / 4.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              LEFT,
              LEFT + plotWidth,
              py,
              py,
              LEFT - 6,
              py + 4,
              value >= 100
                  ? String.format(Locale.ROOT, "%.0f", value)
                  : String.format(Locale.ROOT, "%.1f", value)));
    }
    for (int t = 0; t <= 5; t++) {
      double px = LEFT + plotWidth * t / 5.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f s</text>%n",
              px,
              bottom + 15,
              xMax * t / 5));
    }
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String color = COLORS[i % COLORS.length];
      StringBuilder points = new StringBuilder();
      for (int j = 0; j < xs.length; j++) {
        if (!Double.isNaN(s.values()[j])) {
          points.append(
              String.format(
                  Locale.ROOT,
                  "%.1f,%.1f ",
                  LEFT + plotWidth * xs[j] / xMax,
                  bottom - (PANEL - 20) * s.values()[j] / yMax));
        }
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n"
                  + "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
              color,
              points.toString().strip(),
              LEFT + plotWidth + 10,
              top + 35 + 16 * i,
              color,
              s.name()));
    }
    return bottom + 40;
  }
}
