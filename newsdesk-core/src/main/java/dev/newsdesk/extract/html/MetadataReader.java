package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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

  private MetadataReader() {}

  /** Metadata of {@code doc}; the main text is left empty for the caller to fill. */
  static HtmlExtraction read(Document doc) {
    JsonLdArticle ld = JsonLdArticle.find(doc);
    MetaTags tags = MetaTags.of(doc);
    String siteName =
        first(ld == null ? null : ld.publisher(), tags.get("og:site_name", "application-name"));
    List<String> h1s = texts(doc.select("h1"));
    String h1 = h1s.isEmpty() ? null : h1s.get(0);
    String pageTitle =
        TitleCleaner.fromTitleElement(titleElement(doc), siteName, h1s, texts(doc.select("h2")));
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
    PublicationDate date = date(doc, ld, tags);
    String canonical =
        first(
            absolute(doc.selectFirst("link[rel=canonical]"), "href"),
            tags.get("og:url"),
            ld == null ? null : ld.url());
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
        title,
        byline,
        date == null ? null : date.date(),
        date == null ? null : date.instant(),
        siteName,
        canonical,
        language(doc, ld, tags),
        description,
        List.of());
  }

  private static PublicationDate date(Document doc, JsonLdArticle ld, MetaTags tags) {
    String[] candidates = {
      ld == null ? null : ld.datePublished(),
      tags.get("article:published_time"),
      tags.get("parsely-pub-date"),
      tags.get("og:published_time"),
      tags.get("datepublished"),
      tags.get("date"),
      tags.get("pubdate"),
      tags.get("publishdate"),
      tags.get("publish-date"),
      tags.get("dc.date.issued"),
      tags.get("dc.date"),
      tags.get("dcterms.date"),
      tags.get("dcterms.created"),
      tags.get("sailthru.date"),
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

  private static String language(Document doc, JsonLdArticle ld, MetaTags tags) {
    Element html = doc.selectFirst("html");
    String raw =
        first(
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            attr(doc.selectFirst("meta[http-equiv~=(?i)content-language]"), "content", null),
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
  private static String titleElement(Document doc) {
    for (Element t : doc.getElementsByTag("title")) {
      if (t.closest("svg") == null) {
        return t.text();
      }
    }
    return null;
  }

  private static List<String> texts(Elements elements) {
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
