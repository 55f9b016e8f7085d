package dev.newsdesk.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 0.9x–2.0 and Atom, with Rome. Doctypes are refused (Rome's default, stated here so nobody
 * turns it on), so no external entity or entity expansion is ever read.
 */
public final class FeedReader implements ItemReader {
  @Override
  public ReadBatch read(InputFile file) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(file.bytes())));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return ReadBatch.rejected(file.name(), "not a readable RSS or Atom feed: " + e.getMessage());
    }
    String outlet = blankToNull(feed.getTitle());
    List<RawDocument> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String name = ItemReader.itemName(file, items.size() + 1);
      items.add(new RawDocument(name, ContentKind.HTML, body(entry), metadata(entry, outlet)));
    }
    return ReadBatch.of(items);
  }

  private static String body(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      html.append(content.getValue() == null ? "" : content.getValue()).append('\n');
    }
    if (html.toString().isBlank() && entry.getDescription() != null) {
      html.append(entry.getDescription().getValue());
    }
    return html.toString();
  }

  private static ItemMetadata metadata(SyndEntry entry, String outlet) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Instant published = date == null ? null : date.toInstant();
    return new ItemMetadata(
        blankToNull(entry.getLink()),
        outlet,
        blankToNull(entry.getTitle()),
        published == null ? null : published.atOffset(ZoneOffset.UTC).toLocalDate(),
        published,
        blankToNull(entry.getAuthor()),
        null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
