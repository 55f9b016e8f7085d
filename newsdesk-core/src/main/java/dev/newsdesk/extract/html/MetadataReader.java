package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, dates, site, canonical URL, language and description from a parsed page,
 * each from the most trusted source that has it: JSON-LD, then meta tags, then markup ({@code
 * <time>}, {@code <title>}, a byline element, {@code <html lang>}).
 *
 * <p>Design decision: for title, byline, description and date the order of the meta tags is Mozilla
 * Readability's (Dublin Core, then OpenGraph, then plain names, then Twitter and Parse.ly), so that
 * what we call a page's title or byline is what the most used reader mode calls it. Our own
 * additions (more date tags, site-name cutting confirmed by the page) come after or on top.
 *
 * <p>Must run before {@link PageCleaner}, which removes the {@code <script>} and {@code <meta>}
 * elements it reads.
 */
final class MetadataReader {

  /** Meta tags that carry the publication date, most trusted first. */
  private static final String[] DATE_TAGS = {
    "article:published_time",
    "parsely-pub-date",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date"
  };

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:(quot|amp|apos|lt|gt)|#[xX]([0-9a-fA-F]+)|#([0-9]+));");

  private MetadataReader() {}

  /** Metadata of {@code doc}; the main text is left empty for the caller to fill. */
  static HtmlExtraction read(Document doc) {
    PageIndex index = PageIndex.of(doc);
    JsonLdArticle ld = JsonLdArticle.find(index.jsonLd);
    MetaTags tags = MetaTags.of(index.metas);
    String siteName =
        first(ld == null ? null : ld.publisher(), tags.get("og:site_name", "application-name"));
    List<String> h1s = texts(index.h1s);
    String h1 = h1s.isEmpty() ? null : h1s.get(0);
    String pageTitle =
        TitleCleaner.fromTitleElement(titleElement(index.titles), siteName, h1s, texts(index.h2s));
    String title =
        first(
            ld == null ? null : ld.title(pageTitle),
            TitleCleaner.clean(
                tags.get(
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "weibo:article:title",
                    "weibo:webpage:title",
                    "title",
                    "twitter:title",
                    "parsely-title"),
                siteName,
                h1),
            pageTitle,
            h1);
    String byline =
        first(
            ld == null ? null : ld.author(),
            tags.get("dc:creator", "dcterm:creator", "author", "parsely-author"),
            notUrl(tags.get("article:author")),
            BylineElement.find(doc));
    PublicationDate date = date(index, ld, tags);
    String canonical =
        first(absolute(index.canonical, "href"), tags.get("og:url"), ld == null ? null : ld.url());
    String description =
        first(
            ld == null ? null : ld.description(),
            tags.get(
                "dc:description",
                "dcterm:description",
                "og:description",
                "weibo:article:description",
                "weibo:webpage:description",
                "description",
                "twitter:description"));
    return new HtmlExtraction(
        unescape(title),
        unescape(byline),
        date == null ? null : date.date(),
        date == null ? null : date.instant(),
        unescape(siteName),
        canonical,
        language(index, ld, tags),
        unescape(description),
        List.of());
  }

  /**
   * Decodes character references left in a value ({@code &quot;}, {@code &#039;}): publishers
   * escape meta content and JSON-LD strings twice, and readers show the decoded text.
   *
   * <p>Design decision: only the five XML entities and numeric references, as Mozilla Readability
   * decodes them (an invalid number becomes U+FFFD); other named references such as {@code &nbsp;}
   * are left as written, so our values are the ones the most used reader mode shows.
   */
  private static String unescape(String s) {
    if (s == null || s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(Matcher m) {
    if (m.group(1) != null) {
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "quot" -> "\"";
        case "amp" -> "&";
        case "apos" -> "'";
        case "lt" -> "<";
        default -> ">";
      };
    }
    long n;
    try {
      n = m.group(2) != null ? Long.parseLong(m.group(2), 16) : Long.parseLong(m.group(3));
    } catch (NumberFormatException tooLong) {
      n = -1;
    }
    boolean valid = n > 0 && n <= Character.MAX_CODE_POINT && (n < 0xD800 || n > 0xDFFF);
    return new String(Character.toChars(valid ? (int) n : 0xFFFD));
  }

  private static PublicationDate date(PageIndex index, JsonLdArticle ld, MetaTags tags) {
    PublicationDate d = PublicationDate.parse(ld == null ? null : ld.datePublished());
    for (int i = 0; d == null && i < DATE_TAGS.length; i++) {
      d = PublicationDate.parse(tags.get(DATE_TAGS[i]));
    }
    // Markup last, each query run only when everything before it failed.
    if (d == null) {
      d = PublicationDate.parse(attr(index.itempropDatePublished, "content", "datetime"));
    }
    if (d == null) {
      d = PublicationDate.parse(attr(index.timePubdate, "datetime", null));
    }
    if (d == null) {
      d = PublicationDate.parse(attr(index.articleTimeDatetime, "datetime", null));
    }
    if (d == null) {
      d = PublicationDate.parse(attr(index.timeDatetime, "datetime", null));
    }
    return d;
  }

  private static String language(PageIndex index, JsonLdArticle ld, MetaTags tags) {
    Element html = index.html;
    String raw =
        first(
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            attr(index.contentLanguage, "content", null),
            tags.get("og:locale"),
            tags.get("dc.language"),
            ld == null ? null : ld.language());
    if (raw == null) {
      return null;
    }
    String primary = raw.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String attr(Element e, String name, String fallback) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name);
    if (v.isBlank() && fallback != null) {
      v = e.attr(fallback);
    }
    return v.isBlank() ? null : v.strip();
  }

  private static String absolute(Element e, String attr) {
    if (e == null) {
      return null;
    }
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? null : abs;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = Texts.normalize(e.text());
    return t.isEmpty() ? null : t;
  }

  /** The first {@code <title>} anywhere but in an SVG image, as browsers read a page's title. */
  private static String titleElement(List<Element> titles) {
    for (Element t : titles) {
      if (t.closest("svg") == null) {
        return t.text();
      }
    }
    return null;
  }

  private static List<String> texts(List<Element> elements) {
    List<String> texts = new ArrayList<>();
    for (Element e : elements) {
      String t = text(e);
      if (t != null) {
        texts.add(t);
      }
    }
    return texts;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
