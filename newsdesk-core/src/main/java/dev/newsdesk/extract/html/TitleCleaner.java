package dev.newsdesk.extract.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site name that {@code <title>} elements carry ("Storm hits coast | The Daily Planet").
 *
 * <p>Design decision: in a title the publisher wrote for sharing ({@code og:title} and kin), only a
 * suffix (or prefix) that is known to be the site, because it equals the site name, or that the
 * page's {@code <h1>} shows is not part of the headline, is cut. A headline with a dash in it
 * ("Brexit - what next") is left alone when nothing confirms the split.
 *
 * <p>Design decision: the {@code <title>} element, the last resort, is cut harder, by Mozilla
 * Readability's rules ({@link #fromTitleElement}): with nothing to confirm it, its last {@code " |
 * "}, {@code " - "} or {@code " » "} part is taken to be the site, and a title with a colon keeps
 * what follows the colon, unless a heading shows the whole title. A cut that would leave four words
 * or fewer is undone, because such a remainder is more often a section name than a headline.
 */
final class TitleCleaner {

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7:\u00bb]\\s+|:\\s+");

  private static final String SEPARATOR_CHARS = "|\\-\u2013\u2014\\\\/>\u00bb";

  private static final Pattern SPACED_SEPARATOR =
      Pattern.compile("\\s[" + SEPARATOR_CHARS + "]\\s");

  private static final Pattern HIERARCHICAL = Pattern.compile("\\s[\\\\/>\u00bb]\\s");

  private static final Pattern LEADING_PART =
      Pattern.compile("^[^" + SEPARATOR_CHARS + "]*[" + SEPARATOR_CHARS + "]");

  private static final int SHORT_WORDS = 4;

  /** What may stand between a headline and the site name after it. */
  private static final String SEPARATOR_OR_SPACE = " |-\u2013\u2014\u00b7:\u00bb";

  private TitleCleaner() {}

  /**
   * The headline in the {@code <title>} element's text: a confirmed site name is cut as by {@link
   * #clean}, and otherwise Readability's separator and colon rules apply. {@code h1s} and {@code
   * h2s} are the texts of the page's {@code <h1>} and {@code <h2>} elements, in page order.
   */
  static String fromTitleElement(
      String title, String siteName, List<String> h1s, List<String> h2s) {
    String original = Texts.normalize(title);
    if (original.isEmpty()) {
      return null;
    }
    String confirmed = clean(original, siteName, h1s.isEmpty() ? null : h1s.get(0));
    if (!confirmed.equals(original)) {
      return confirmed;
    }
    return readabilityCut(original, h1s, h2s);
  }

  private static String readabilityCut(String original, List<String> h1s, List<String> h2s) {
    String cut = original;
    boolean hierarchical = false;
    Matcher separator = SPACED_SEPARATOR.matcher(original);
    if (separator.find()) {
      hierarchical = HIERARCHICAL.matcher(original).find();
      int last = separator.start();
      while (separator.find()) {
        last = separator.start();
      }
      cut = original.substring(0, last);
      if (words(cut) < 3) {
        cut = LEADING_PART.matcher(original).replaceFirst("");
      }
    } else if (original.contains(": ")) {
      if (!h1s.contains(original) && !h2s.contains(original)) {
        cut = original.substring(original.lastIndexOf(':') + 1);
        if (words(cut) < 3) {
          cut = original.substring(original.indexOf(':') + 1);
        } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
          cut = original;
        }
      }
    } else if ((original.length() > 150 || original.length() < 15) && h1s.size() == 1) {
      cut = h1s.get(0);
    }
    cut = Texts.normalize(cut);
    int n = words(cut);
    boolean oneWordLess = n == words(SPACED_SEPARATOR.matcher(original).replaceAll(" ")) - 1;
    return n <= SHORT_WORDS && (!hierarchical || !oneWordLess) ? original : cut;
  }

  /** Words as Readability counts them: the pieces between runs of whitespace, empty ones too. */
  private static int words(String s) {
    return s.split("\\s+", -1).length;
  }

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
    while (start > 0 && SEPARATOR_OR_SPACE.indexOf(t.charAt(start - 1)) >= 0) {
      start--;
    }
    return t.length() - start;
  }

  private static String key(String s) {
    return Texts.normalize(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
