package dev.newsdesk.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims page furniture that survives at the two ends of the main text: the title repeated above the
 * article, a dateline or "Posted on ... by ..." line, a bare link or e-mail address, a rule made of
 * underscores, and below the article the labels and prompts of the comment and share sections
 * ("Comments", "Like this:", "Filed under: Politics |", "Follow us on Twitter").
 *
 * <p>Design decision: only the edges, and datelines only above the article (below it, a line of
 * dates is as often the event's own dates as the page's). In the middle of an article a short line
 * may be a subheading, a date may be part of a timeline and a link may be the story's source; at
 * the edges, after the scorer picked a container that was slightly too wide, the same shapes are
 * almost always the container's chrome. Each rule is a general shape, never a site's wording, and a
 * paragraph that reads as a sentence of the article is never dropped by the short-label rule.
 */
final class EdgeBoilerplate {

  private static final Pattern NO_WORDS = Pattern.compile("[^\\p{L}\\p{N}]*");
  private static final Pattern BARE_LINK =
      Pattern.compile(
          "(https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|[\\w-]+\\.(com|org|net)/\\S*");
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "\\b\\d{1,2},? (1[89]|20)\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b"
              + "|\\b\\d{1,2}:\\d{2}\\b");
  private static final Pattern SOCIAL_PROMPT =
      Pattern.compile(
          "^(click here\\b|tell us what you think|follow (us|\\S+) on (twitter|facebook|instagram)"
              + "|.{0,60}\\brequires javascript)",
          Pattern.CASE_INSENSITIVE);

  /** Lines with more words than this are article text whatever their shape. */
  private static final int MAX_LABEL_WORDS = 3;

  private static final int MAX_DATELINE_WORDS = 10;

  private EdgeBoilerplate() {}

  /** {@code paragraphs} without furniture at either end; never removes every paragraph. */
  static List<String> trim(List<String> paragraphs, String title) {
    int from = 0;
    int to = paragraphs.size();
    String normalizedTitle = title == null ? "" : key(title);
    while (to - from > 1 && leading(paragraphs.get(from), normalizedTitle)) {
      from++;
    }
    while (to - from > 1 && trailing(paragraphs.get(to - 1))) {
      to--;
    }
    return from == 0 && to == paragraphs.size() ? paragraphs : paragraphs.subList(from, to);
  }

  private static boolean leading(String p, String title) {
    return anywhere(p) || repeatsTitle(key(p), title) || dateline(p);
  }

  /**
   * The headline again, whole or as the headline part of a {@code <title>} that still carries the
   * site name ("Vestby Weekly - Cannery to become museum").
   */
  private static boolean repeatsTitle(String p, String title) {
    if (title.isEmpty() || p.isEmpty()) {
      return false;
    }
    return p.equals(title)
        || (words(p) >= 2 && (title.endsWith(" " + p) || title.startsWith(p + " ")));
  }

  private static boolean trailing(String p) {
    return anywhere(p) || label(p) || SOCIAL_PROMPT.matcher(p).find();
  }

  private static boolean anywhere(String p) {
    return NO_WORDS.matcher(p).matches() || BARE_LINK.matcher(p).matches();
  }

  /** "Comments", "Like this:", "Filed under: Politics |": a label with nothing after it. */
  private static boolean label(String p) {
    char last = p.charAt(p.length() - 1);
    if (last == '|' && p.length() <= 60) {
      return true;
    }
    return words(p) <= MAX_LABEL_WORDS
        && p.length() <= 25
        && (last == ':' || Character.isLetter(last));
  }

  /** "Nov. 20, 2019 5:52 AM EST", "Posted on March 30, 2015 by Admin". */
  private static boolean dateline(String p) {
    char last = p.charAt(p.length() - 1);
    int words = words(p);
    return words >= 2
        && words <= MAX_DATELINE_WORDS
        && DATE_OR_TIME.matcher(p).find()
        && last != '.'
        && last != '!'
        && last != '?';
  }

  private static int words(String p) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < p.length(); i++) {
      boolean space = p.charAt(i) == ' ';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static String key(String s) {
    return Texts.normalize(s).toLowerCase(Locale.ROOT);
  }
}
