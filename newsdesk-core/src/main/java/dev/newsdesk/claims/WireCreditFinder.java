package dev.newsdesk.claims;

import dev.newsdesk.model.Article;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wire agency an article credits, from the text alone: a dateline ({@code BREZHANY, March
 * 14 (Norda) —}), a byline naming an agency, a closing credit ({@code — AP}, {@code Agence
 * France-Presse contributed to this report}) or Reuters' reporting-and-editing signature.
 *
 * <p>Design decision: only those positions count. An agency named inside a sentence ("based on an
 * Associated Press count", "the AP reported") is a citation, which the claims stage follows as a
 * chain, not a credit; and a photo credit ({@code (AFP via Getty Images)}) credits a picture, not
 * the report. This keeps precision at the cost of wire copies that carry no credit at all, which no
 * rule on the text can find. An agency's own series title as the first line ("10 Things to Know for
 * Today") is a credit too: only the agency publishes under it. Stateless and thread-safe.
 */
public final class WireCreditFinder {
  /** Usual name by spelling: the agencies whose credits appear in syndicated copy. */
  private static final Map<String, String> AGENCIES =
      Map.ofEntries(
          Map.entry("ap", "AP"),
          Map.entry("associated press", "AP"),
          Map.entry("the associated press", "AP"),
          Map.entry("reuters", "Reuters"),
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("afp", "AFP"),
          Map.entry("agence france-presse", "AFP"),
          Map.entry("agence france presse", "AFP"),
          Map.entry("upi", "UPI"),
          Map.entry("united press international", "UPI"),
          Map.entry("dpa", "dpa"),
          Map.entry("deutsche presse-agentur", "dpa"),
          Map.entry("tass", "TASS"),
          Map.entry("ria novosti", "RIA Novosti"),
          Map.entry("interfax", "Interfax"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("ansa", "ANSA"),
          Map.entry("efe", "EFE"),
          Map.entry("kyodo", "Kyodo"),
          Map.entry("yonhap", "Yonhap"),
          Map.entry("anadolu", "Anadolu"),
          Map.entry("pti", "PTI"),
          Map.entry("pa", "PA"),
          Map.entry("cp", "CP"),
          Map.entry("aap", "AAP"),
          Map.entry("ukrinform", "Ukrinform"));

  private static final String NAME =
      "(\\p{Lu}[\\p{L}.\u2019'-]*(?:[ -]\\p{Lu}[\\p{L}.\u2019'-]*){0,3})";

  /** A place and optional date, then the agency in parentheses, then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}\\p{N} .,'\u2019/-]{1,45}?\\s*\\(" + NAME + "\\)\\s*[\u2014\u2013-]");

  private static final Pattern AGENCY_NAME =
      Pattern.compile(
          "\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2}\\s+(?i:press|news)\\s+(?i:agency)\\b");

  private static final Pattern CONTRIBUTED =
      Pattern.compile("^(?:The\\s+)?" + NAME + "\\s+contributed\\b");
  private static final Pattern DASH_CREDIT =
      Pattern.compile("^[\u2014\u2013-]+\\s*" + NAME + "\\.?$");
  private static final Pattern PAREN_CREDIT = Pattern.compile("^\\(" + NAME + "\\)\\.?$");
  private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by\\s+)?(.+?)\\s*$");
  private static final Pattern LEADING_WORDS =
      Pattern.compile("^(\\p{L}[\\p{L}-]*)(?:\\s+(\\p{L}[\\p{L}-]*))?(?:\\s+(\\p{L}[\\p{L}-]*))?");
  private static final Pattern REUTERS_SIGNATURE =
      Pattern.compile(
          "\\((?:additional\\s+)?(?:reporting|writing)\\s+by\\s[^)]*editing\\s+by\\s",
          Pattern.CASE_INSENSITIVE);

  /**
   * Series an agency publishes under its own title, which every copy keeps as its first line: AP's
   * daily digest ("10 Things to Know for Today"), its running updates ("The Latest: …"), its fact
   * checks and explainers. Written by the Newsdesk team from knowledge of the agencies' formats.
   */
  private static final List<Map.Entry<Pattern, String>> SERIES =
      List.of(
          Map.entry(Pattern.compile("^\\d{1,2} Things to Know for Today\\b"), "AP"),
          Map.entry(Pattern.compile("^The Latest: \\p{Lu}"), "AP"),
          Map.entry(Pattern.compile("^AP (?:FACT CHECK|Explains)\\b"), "AP"));

  /** How many paragraphs at each end of the text may carry a credit. */
  private static final int HEAD = 4;

  private static final int TAIL = 3;

  /** The credit of an extracted article: its byline, then its text. */
  public Optional<WireCredit> find(Article article) {
    if (article.byline() != null) {
      Matcher by = BYLINE.matcher(article.byline().strip());
      if (by.matches()) {
        Optional<String> agency = agencyAtStart(by.group(1));
        if (agency.isPresent()) {
          return Optional.of(
              new WireCredit(agency.get(), WireCredit.Form.BYLINE, article.byline().strip()));
        }
      }
    }
    if (article.title() != null) {
      Optional<WireCredit> series = series(article.title().strip());
      if (series.isPresent()) {
        return series;
      }
    }
    return find(article.paragraphs());
  }

  /** The agency whose own series the line titles, if it is one. */
  private static Optional<WireCredit> series(String line) {
    for (Map.Entry<Pattern, String> s : SERIES) {
      Matcher m = s.getKey().matcher(line);
      if (m.find()) {
        return Optional.of(new WireCredit(s.getValue(), WireCredit.Form.SERIES, m.group()));
      }
    }
    return Optional.empty();
  }

  /** The credit of a text given as paragraphs (or lines), if it carries one. */
  public Optional<WireCredit> find(List<String> paragraphs) {
    List<String> lines =
        paragraphs.stream()
            .flatMap(p -> p.lines())
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    String all = String.join("\n", lines);
    if (!lines.isEmpty()) {
      Optional<WireCredit> series = series(lines.get(0));
      if (series.isPresent()) {
        return series;
      }
    }
    for (String line : lines.subList(0, Math.min(HEAD, lines.size()))) {
      Matcher m = DATELINE.matcher(line);
      if (m.find()) {
        Optional<String> agency = agency(m.group(1), all);
        if (agency.isPresent()) {
          return Optional.of(new WireCredit(agency.get(), WireCredit.Form.DATELINE, m.group()));
        }
      }
    }
    Matcher signature = REUTERS_SIGNATURE.matcher(all);
    if (signature.find()) {
      return Optional.of(new WireCredit("Reuters", WireCredit.Form.SIGNATURE, signature.group()));
    }
    for (String line : lines.subList(Math.max(0, lines.size() - TAIL), lines.size())) {
      for (Pattern p : List.of(DASH_CREDIT, PAREN_CREDIT, CONTRIBUTED)) {
        Matcher m = p.matcher(line);
        if (m.find()) {
          Optional<String> agency = agency(m.group(1), all);
          if (agency.isPresent()) {
            return Optional.of(new WireCredit(agency.get(), WireCredit.Form.TRAILER, line));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** An agency that a byline opens with: "Norda Press Agency March 14, 2025", "AP". */
  static Optional<String> agencyAtStart(String byline) {
    Matcher named = AGENCY_NAME.matcher(byline);
    if (named.lookingAt()) {
      return Optional.of(named.group());
    }
    Matcher words = LEADING_WORDS.matcher(byline);
    if (!words.find()) {
      return Optional.empty();
    }
    // Longest first: "Associated Press" before "Associated".
    for (int n = 3; n >= 1; n--) {
      StringBuilder name = new StringBuilder();
      for (int i = 1; i <= n && words.group(i) != null; i++) {
        name.append(i > 1 ? " " : "").append(words.group(i));
      }
      String known = AGENCIES.get(name.toString().toLowerCase(java.util.Locale.ROOT));
      if (known != null && words.group(n) != null) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  /**
   * The usual name of an agency as written: a known agency, a name that says it is one ("Norda
   * Press Agency"), or the short form of such a name written out elsewhere in the text ("Norda").
   */
  static Optional<String> agency(String written, String context) {
    String name = written.strip().replaceAll("[.]$", "");
    String known = AGENCIES.get(name.toLowerCase(java.util.Locale.ROOT));
    if (known != null) {
      return Optional.of(known);
    }
    if (AGENCY_NAME.matcher(name).matches()) {
      return Optional.of(name);
    }
    Matcher full = AGENCY_NAME.matcher(context);
    while (full.find()) {
      if (full.group().startsWith(name + " ")) {
        return Optional.of(full.group());
      }
    }
    return Optional.empty();
  }
}
