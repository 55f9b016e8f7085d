package dev.newsdesk.extract.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, dates, site, canonical URL, language and description from a parsed page,
 * each from the most trusted source that has it: JSON-LD, then OpenGraph, then plain and Dublin
 * Core meta tags, then markup ({@code <time>}, {@code <title>}, {@code <html lang>}).
 *
 * <p>Must run before {@link PageCleaner}, which removes the {@code <script>} and {@code <meta>}
 * elements it reads.
 */
final class MetadataReader {

  private MetadataReader() {}

  /** Metadata of {@code doc}; the main text is left empty for the caller to fill. */
  static HtmlExtraction read(Document doc) {
    JsonLdArticle ld = JsonLdArticle.find(doc);
    String siteName =
        first(
            ld == null ? null : ld.publisher(),
            meta(doc, "og:site_name"),
            meta(doc, "application-name"));
    String h1 = text(doc.selectFirst("h1"));
    String title =
        first(
            ld == null ? null : ld.headline(),
            TitleCleaner.clean(meta(doc, "og:title"), siteName, h1),
            TitleCleaner.clean(meta(doc, "twitter:title"), siteName, h1),
            meta(doc, "dc.title"),
            TitleCleaner.clean(doc.title(), siteName, h1),
            h1);
    String byline =
        first(
            ld == null ? null : ld.author(),
            meta(doc, "author"),
            notUrl(meta(doc, "article:author")),
            meta(doc, "dc.creator"),
            meta(doc, "byl"),
            meta(doc, "parsely-author"),
            text(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name]")));
    PublicationDate date = date(doc, ld);
    String canonical =
        first(
            absolute(doc.selectFirst("link[rel=canonical]"), "href"),
            meta(doc, "og:url"),
            ld == null ? null : ld.url());
    String description =
        first(
            ld == null ? null : ld.description(),
            meta(doc, "og:description"),
            meta(doc, "description"),
            meta(doc, "dc.description"),
            meta(doc, "twitter:description"));
    return new HtmlExtraction(
        title,
        byline,
        date == null ? null : date.date(),
        date == null ? null : date.instant(),
        siteName,
        canonical,
        language(doc, ld),
        description,
        List.of());
  }

  private static PublicationDate date(Document doc, JsonLdArticle ld) {
    String[] candidates = {
      ld == null ? null : ld.datePublished(),
      meta(doc, "article:published_time"),
      meta(doc, "og:published_time"),
      meta(doc, "datepublished"),
      meta(doc, "date"),
      meta(doc, "pubdate"),
      meta(doc, "publishdate"),
      meta(doc, "publish-date"),
      meta(doc, "dc.date.issued"),
      meta(doc, "dc.date"),
      meta(doc, "dcterms.date"),
      meta(doc, "dcterms.created"),
      meta(doc, "sailthru.date"),
      meta(doc, "parsely-pub-date"),
      attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
      attr(doc.selectFirst("time[pubdate]"), "datetime", null),
      attr(doc.selectFirst("article time[datetime]"), "datetime", null),
      attr(doc.selectFirst("time[datetime]"), "datetime", null)
    };
    for (String c : candidates) {
      PublicationDate d = PublicationDate.parse(c);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String language(Document doc, JsonLdArticle ld) {
    Element html = doc.selectFirst("html");
    String raw =
        first(
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            attr(doc.selectFirst("meta[http-equiv~=(?i)content-language]"), "content", null),
            meta(doc, "og:locale"),
            meta(doc, "dc.language"),
            ld == null ? null : ld.language());
    if (raw == null) {
      return null;
    }
    String primary = raw.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The content of the first {@code <meta>} whose name, property or itemprop is {@code key}. */
  static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      for (String a : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(a).equalsIgnoreCase(key)) {
          String v = Texts.normalize(m.attr("content"));
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return null;
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
