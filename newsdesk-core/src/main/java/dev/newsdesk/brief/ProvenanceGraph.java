package dev.newsdesk.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws who cites whom as an inline SVG: repeaters in the left column, origins in the right, an
 * arrow from each source to every origin it cites. No script, no external resource; every name is
 * escaped.
 *
 * <p>Design decision: two columns rather than a force layout. A story has a handful of outlets and
 * origins, chains are short (repeater to origin, now and then origin to origin), and a fixed layout
 * is deterministic, so the same brief draws the same picture.
 */
final class ProvenanceGraph {
  private static final int ROW = 30;
  private static final int BOX_WIDTH = 230;
  private static final int LEFT = 10;
  private static final int RIGHT = 400;
  private static final int MAX_NAME = 32;

  private ProvenanceGraph() {}

  /** The SVG element, or an empty string when no source cites another. */
  static String svg(List<SourceRoles.Row> rows) {
    if (rows.stream().allMatch(r -> r.cites().isEmpty())) {
      return "";
    }
    List<SourceRoles.Row> left = new ArrayList<>();
    List<SourceRoles.Row> right = new ArrayList<>();
    for (SourceRoles.Row r : rows) {
      (r.role() == SourceRoles.Role.ORIGIN ? right : left).add(r);
    }
    Map<String, int[]> at = new HashMap<>();
    for (int i = 0; i < left.size(); i++) {
      at.put(left.get(i).name(), new int[] {LEFT, 10 + i * ROW});
    }
    for (int i = 0; i < right.size(); i++) {
      at.put(right.get(i).name(), new int[] {RIGHT, 10 + i * ROW});
    }
    int height = 20 + Math.max(left.size(), right.size()) * ROW;
    int width = RIGHT + BOX_WIDTH + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"provenance\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"who cites whom\">")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>");
    for (SourceRoles.Row r : rows) {
      int[] from = at.get(r.name());
      for (String cited : r.cites()) {
        int[] to = at.get(cited);
        if (to == null || from == null) {
          continue;
        }
        boolean rightward = from[0] < to[0];
        int x1 = rightward ? from[0] + BOX_WIDTH : from[0] + BOX_WIDTH / 2;
        int x2 = rightward ? to[0] : to[0] + BOX_WIDTH / 2;
        int y1 = from[1] + 11 + (rightward ? 0 : 11);
        int y2 = to[1] + (rightward ? 11 : 0);
        svg.append("<line x1=\"")
            .append(x1)
            .append("\" y1=\"")
            .append(y1)
            .append("\" x2=\"")
            .append(x2)
            .append("\" y2=\"")
            .append(y2)
            .append("\" stroke=\"#888\" marker-end=\"url(#arrow)\"/>");
      }
    }
    for (SourceRoles.Row r : rows) {
      int[] p = at.get(r.name());
      boolean origin = r.role() == SourceRoles.Role.ORIGIN;
      svg.append("<g><title>")
          .append(HtmlReportRenderer.esc(r.name() + " (" + r.role().label() + ")"))
          .append("</title><rect x=\"")
          .append(p[0])
          .append("\" y=\"")
          .append(p[1])
          .append("\" width=\"")
          .append(BOX_WIDTH)
          .append("\" height=\"22\" rx=\"4\" fill=\"")
          .append(origin ? "#fde9c8" : "#e4eefb")
          .append("\" stroke=\"#999\"/><text x=\"")
          .append(p[0] + 6)
          .append("\" y=\"")
          .append(p[1] + 15)
          .append("\" font-size=\"12\">")
          .append(HtmlReportRenderer.esc(shorten(r.name())))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String shorten(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "\u2026";
  }
}
