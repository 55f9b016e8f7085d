package dev.newsdesk.extract.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strips the site name that {@code <title>} elements carry ("Storm hits coast | The Daily Planet").
 *
 * <p>Design decision: only a suffix (or prefix) that is known to be the site, because it equals the
 * site name, or that the page's {@code <h1>} shows is not part of the headline, is cut. A headline
 * with a dash in it ("Brexit - what next") is left alone when nothing confirms the split.
 */
final class TitleCleaner {

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7:\u00bb]\\s+|:\\s+");

  private TitleCleaner() {}

  static String clean(String title, String siteName, String h1) {
    String t = Texts.normalize(title);
    if (t.isEmpty()) {
      return null;
    }
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    String site = siteName == null ? "" : key(siteName);
    String heading = h1 == null ? "" : key(h1);
    if (!site.isEmpty() && key(last).equals(site)) {
      return t.substring(0, t.length() - lastSeparatedLength(t, last)).strip();
    }
    if (!site.isEmpty() && key(first).equals(site)) {
      return t.substring(first.length())
          .replaceFirst("^\\s*[|\\-\u2013\u2014\u00b7:\u00bb]\\s*", "");
    }
    if (!heading.isEmpty()) {
      for (int cut = parts.length - 1; cut >= 1; cut--) {
        String candidate = String.join(" ", Arrays.copyOf(parts, cut));
        if (key(candidate).equals(heading)) {
          return prefixOf(t, parts, cut);
        }
      }
    }
    return t;
  }

  private static String prefixOf(String t, String[] parts, int count) {
    int end = 0;
    for (int i = 0; i < count; i++) {
      end = t.indexOf(parts[i], end) + parts[i].length();
    }
    return t.substring(0, end).strip();
  }

  private static int lastSeparatedLength(String t, String last) {
    int at = t.lastIndexOf(last);
    int start = at;
    while (start > 0 && !Character.isLetterOrDigit(t.charAt(start - 1))) {
      start--;
    }
    return t.length() - start;
  }

  private static String key(String s) {
    return Texts.normalize(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
