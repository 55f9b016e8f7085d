package dev.newsdesk.ingest;

import dev.newsdesk.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An OPML list of feeds. A list names feeds to poll; it holds no articles. Batch commands read no
 * network, so each listed feed is reported, by URL, as one to subscribe to with {@code newsdesk
 * serve --feeds}; {@link #feedUrls} gives the list to the poller.
 */
public final class OpmlReader implements ItemReader {
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  @Override
  public ReadBatch read(InputFile file) {
    List<String> urls;
    try {
      urls = feedUrls(file.bytes());
    } catch (IOException e) {
      return ReadBatch.rejected(file.name(), "not a readable OPML list: " + e.getMessage());
    }
    if (urls.isEmpty()) {
      return ReadBatch.rejected(file.name(), "OPML list names no feeds (no outline with xmlUrl)");
    }
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      rejected.add(
          new Rejection(
              ItemReader.itemName(file, i + 1),
              "feed "
                  + urls.get(i)
                  + " is listed for polling; batch commands fetch nothing (use serve --feeds)"));
    }
    return new ReadBatch(List.of(), rejected);
  }

  /** The {@code xmlUrl} of every outline, in document order. Doctypes are refused. */
  public static List<String> feedUrls(byte[] opml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(SILENT); // errors become the IOException below, not stderr lines
      NodeList outlines =
          builder.parse(new ByteArrayInputStream(opml)).getElementsByTagName("outline");
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < outlines.getLength(); i++) {
        String url = ((Element) outlines.item(i)).getAttribute("xmlUrl");
        if (!url.isBlank()) {
          urls.add(url.strip());
        }
      }
      return urls;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
