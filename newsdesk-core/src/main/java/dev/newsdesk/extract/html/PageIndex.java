package dev.newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements metadata is read from, found in one walk over the page: JSON-LD scripts, meta and
 * title elements, headings, the canonical link and the elements that may carry a date.
 *
 * <p>Design decision: one pass instead of a CSS query per field. Each {@code select} walks the
 * whole document, and metadata asks about a dozen things; on a large page the walks cost more than
 * the reading. The index keeps, for each question, exactly what the corresponding selector would
 * have returned first (or all of, for lists), in document order.
 */
final class PageIndex {

  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> metas = new ArrayList<>();
  final List<Element> titles = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  final List<Element> h2s = new ArrayList<>();
  Element html;
  Element canonical;
  Element contentLanguage;
  Element itempropDatePublished;
  Element timePubdate;
  Element articleTimeDatetime;
  Element timeDatetime;

  private PageIndex() {}

  static PageIndex of(Document doc) {
    PageIndex index = new PageIndex();
    for (Element e : doc.getAllElements()) {
      index.add(e);
    }
    return index;
  }

  private void add(Element e) {
    switch (e.normalName()) {
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
          jsonLd.add(e);
        }
      }
      case "meta" -> {
        metas.add(e);
        if (contentLanguage == null
            && e.attr("http-equiv").toLowerCase(Locale.ROOT).contains("content-language")) {
          contentLanguage = e;
        }
      }
      case "title" -> titles.add(e);
      case "h1" -> h1s.add(e);
      case "h2" -> h2s.add(e);
      case "html" -> html = html == null ? e : html;
      case "link" -> {
        if (canonical == null && e.attr("rel").strip().equalsIgnoreCase("canonical")) {
          canonical = e;
        }
      }
      case "time" -> addTime(e);
      default -> {
        // Not a metadata element; only the itemprop check below applies.
      }
    }
    if (itempropDatePublished == null
        && e.attr("itemprop").strip().equalsIgnoreCase("datePublished")) {
      itempropDatePublished = e;
    }
  }

  private void addTime(Element e) {
    if (timePubdate == null && e.hasAttr("pubdate")) {
      timePubdate = e;
    }
    if (!e.hasAttr("datetime")) {
      return;
    }
    if (timeDatetime == null) {
      timeDatetime = e;
    }
    if (articleTimeDatetime == null && e.closest("article") != null) {
      articleTimeDatetime = e;
    }
  }
}
