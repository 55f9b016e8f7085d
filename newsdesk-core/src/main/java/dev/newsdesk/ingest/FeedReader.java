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
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<String> written = FeedDates.written(file.bytes());
    boolean aligned = written.size() == feed.getEntries().size();
    List<RawDocument> items = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String name = ItemReader.itemName(file, i + 1);
      // An RSS guid or Atom id names one item; a second item under it is the same item again.
      String id = blankToNull(entry.getUri());
      String first = id == null ? null : seenIds.putIfAbsent(id, name);
      if (first != null) {
        rejected.add(
            new Rejection(name, "duplicate id \"" + id + "\" (first seen at " + first + ")"));
        continue;
      }
      String date = aligned ? written.get(i) : null;
      items.add(
          new RawDocument(name, ContentKind.HTML, body(entry), metadata(entry, outlet, date)));
    }
    return new ReadBatch(items, rejected);
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

  /**
   * @param writtenDate the item's date as written, whose offset gives the outlet's own day
   */
  private static ItemMetadata metadata(SyndEntry entry, String outlet, String writtenDate) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Instant published = date == null ? null : date.toInstant();
    return new ItemMetadata(
        blankToNull(entry.getLink()),
        outlet,
        blankToNull(entry.getTitle()),
        localDate(writtenDate, published),
        published,
        blankToNull(entry.getAuthor()),
        null);
  }

  private static LocalDate localDate(String written, Instant published) {
    LocalDate local = Timestamps.date(written);
    if (local != null) {
      return local;
    }
    return published == null ? null : published.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
