package dev.newsdesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.store.StoryListing;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing feeds of briefs, Atom 1.0 and JSON Feed 1.1: one entry per story, its headline and lead,
 * updated when the story last changed, linking to the story page.
 */
final class BriefFeeds {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String base;
  private final String query;

  /**
   * @param base the server's own URL, {@code http://host:port}
   * @param query the search the feed follows, or null for all stories
   */
  BriefFeeds(String base, String query) {
    this.base = base;
    this.query = query;
  }

  private String title() {
    return query == null ? "Newsdesk: all stories" : "Newsdesk: stories about " + query;
  }

  private String self(String path) {
    return base
        + path
        + (query == null ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private static Instant newest(List<StoryListing> stories) {
    return stories.stream()
        .map(StoryListing::updated)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  String atom(List<StoryListing> stories) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    element(xml, "id", self("/feeds/stories.atom"));
    element(xml, "title", title());
    element(xml, "updated", newest(stories).toString());
    xml.append("  <link rel=\"self\" href=\"")
        .append(escape(self("/feeds/stories.atom")))
        .append("\"/>\n");
    xml.append("  <author><name>Newsdesk</name></author>\n");
    for (StoryListing s : stories) {
      xml.append("  <entry>\n");
      element(xml, "id", "urn:newsdesk:story:" + s.id().value());
      element(xml, "title", s.headline());
      element(xml, "updated", s.updated().toString());
      xml.append("    <link href=\"").append(escape(storyUrl(s))).append("\"/>\n");
      element(xml, "summary", s.lead());
      element(xml, "content", content(s));
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  String jsonFeed(List<StoryListing> stories) {
    ObjectNode feed = JSON.createObjectNode();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", title());
    feed.put("home_page_url", base + "/");
    feed.put("feed_url", self("/feeds/stories.json"));
    ArrayNode items = feed.putArray("items");
    for (StoryListing s : stories) {
      items
          .addObject()
          .put("id", "urn:newsdesk:story:" + s.id().value())
          .put("url", storyUrl(s))
          .put("title", s.headline())
          .put("summary", s.lead())
          .put("content_text", content(s))
          .put("date_modified", s.updated().toString());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(feed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private String storyUrl(StoryListing s) {
    return base + "/#/story/" + URLEncoder.encode(s.id().value(), StandardCharsets.UTF_8);
  }

  private static String content(StoryListing s) {
    return s.lead()
        + "\n\n"
        + s.articles()
        + " articles from "
        + s.independentSources()
        + " independent sources"
        + (s.sources().isEmpty() ? "" : ": " + String.join(", ", s.sources()));
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append("    <").append(name).append(name.equals("content") ? " type=\"text\">" : ">");
    xml.append(escape(text)).append("</").append(name).append(">\n");
  }

  /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
