package dev.newsdesk.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The publication dates of a feed's items as written. Rome keeps only the instant, but the offset
 * written with it decides the outlet's day: "Wed, 04 Jun 2025 00:30:00 +0200" was published on June
 * 4 where it was written, June 3 in UTC. Read with DTDs and external entities off.
 */
final class FeedDates {
  private static final Set<String> ITEM = Set.of("item", "entry");
  private static final List<String> PREFERENCE = List.of("pubDate", "published", "date", "updated");

  private FeedDates() {}

  /** One entry per item or entry, in document order: its date as written, or null. */
  static List<String> written(byte[] xml) {
    List<String> dates = new ArrayList<>();
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      String[] found = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT && ITEM.contains(reader.getLocalName())) {
          found = new String[PREFERENCE.size()];
        } else if (event == XMLStreamConstants.START_ELEMENT && found != null) {
          int rank = PREFERENCE.indexOf(reader.getLocalName());
          if (rank >= 0 && found[rank] == null) {
            found[rank] = reader.getElementText().strip();
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && ITEM.contains(reader.getLocalName())
            && found != null) {
          dates.add(first(found));
          found = null;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return List.of(); // Rome has read the feed already; without written dates, its instants serve
    }
    return dates;
  }

  private static String first(String[] found) {
    for (String date : found) {
      if (date != null && !date.isEmpty()) {
        return date;
      }
    }
    return null;
  }
}
