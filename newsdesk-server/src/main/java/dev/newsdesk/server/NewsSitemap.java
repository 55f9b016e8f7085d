package dev.newsdesk.server;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Google News sitemap as a source: each {@code <url>} with its {@code <news:news>} becomes an
 * entry with the article's URL, title, outlet, language and publication time, but no text, so the
 * poller fetches and extracts its page. A sitemap index names more sitemaps, which the poller
 * fetches in turn. Parsed with crawler-commons with doctypes refused.
 *
 * <p>Design decision: a source is a sitemap when its answer's root element is {@code urlset} or
 * {@code sitemapindex}; no separate source type is stored, so a URL added through the API or an
 * OPML file works whatever it turns out to be. Plain sitemap URLs without news data are still
 * entries (a news site's sitemap of recent articles), newest first, as the poller caps how many
 * pages one poll fetches.
 */
final class NewsSitemap {
  private NewsSitemap() {}

  /** What one sitemap held: article entries, or the sitemaps an index names. */
  record Contents(List<RawDocument> entries, List<URI> sitemaps) {}

  /** Whether a fetched body is a sitemap rather than a feed: its root element says so. */
  static boolean looksLikeSitemap(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    int root = firstElement(head);
    return root >= 0 && (head.startsWith("urlset", root) || head.startsWith("sitemapindex", root));
  }

  /** Index of the first element name after the prolog, comments and processing instructions. */
  private static int firstElement(String text) {
    int i = 0;
    while (true) {
      int open = text.indexOf('<', i);
      if (open < 0 || open + 1 >= text.length()) {
        return -1;
      }
      char next = text.charAt(open + 1);
      if (next != '?' && next != '!') {
        int name = open + 1;
        int colon = text.indexOf(':', name);
        int end = text.indexOf(' ', name);
        // A prefixed root (<sm:urlset ...>) is still a sitemap.
        return colon > 0 && (end < 0 || colon < end) && colon - name < 16 ? colon + 1 : name;
      }
      int close = text.indexOf('>', open);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
    }
  }

  static Contents read(URI uri, byte[] body) throws FetchException {
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap("text/xml", body, toUrl(uri));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new FetchException(uri + ": not a readable sitemap (" + e.getMessage() + ")", e);
    }
    if (map instanceof SiteMapIndex index) {
      List<URI> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        children.add(URI.create(child.getUrl().toString()));
      }
      return new Contents(List.of(), children);
    }
    List<SiteMapURL> urls = new ArrayList<>(((SiteMap) map).getSiteMapUrls());
    List<RawDocument> entries = new ArrayList<>();
    for (SiteMapURL url : urls) {
      entries.add(entry(url));
    }
    entries.sort(
        (a, b) -> {
          var x = a.metadata().publishedAt();
          var y = b.metadata().publishedAt();
          return x == null ? (y == null ? 0 : 1) : (y == null ? -1 : y.compareTo(x));
        });
    return new Contents(entries, List.of());
  }

  private static RawDocument entry(SiteMapURL url) {
    String link = url.getUrl().toString();
    NewsAttributes news = null;
    ExtensionMetadata[] attributes = url.getAttributesForExtension(Extension.NEWS);
    if (attributes != null && attributes.length > 0 && attributes[0] instanceof NewsAttributes n) {
      news = n;
    }
    ZonedDateTime published =
        news != null && news.getPublicationDateTime() != null
            ? news.getPublicationDateTime()
            : url.getLastModified() == null
                ? null
                : url.getLastModified().toInstant().atZone(ZoneOffset.UTC);
    ItemMetadata metadata =
        new ItemMetadata(
            link,
            news == null ? null : news.getName(),
            news == null ? null : news.getTitle(),
            published == null ? null : published.toLocalDate(),
            published == null ? null : published.toInstant(),
            null,
            news == null ? null : news.getLanguage());
    return new RawDocument(link, ContentKind.HTML, "", metadata);
  }

  private static URL toUrl(URI uri) throws FetchException {
    try {
      return uri.toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new FetchException(uri + ": not a URL", e);
    }
  }
}
