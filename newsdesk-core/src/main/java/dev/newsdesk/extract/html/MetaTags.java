package dev.newsdesk.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by key, read once. A key is the lower-cased {@code name}, {@code
 * itemprop} or {@code property} with dots turned into colons ({@code DC.title} and {@code dc:title}
 * are one key); a {@code property} may list several keys separated by spaces ({@code property="og:
 * title twitter:title"}), and each of them gets the value.
 *
 * <p>Design decision: when a key appears twice, the later tag wins, as in Mozilla Readability,
 * whose metadata rules these are: pages that repeat a tag usually put the generic one first and the
 * specific one after it. A tag without content is ignored, so it cannot hide an earlier one.
 */
final class MetaTags {

  private final Map<String, String> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = Texts.normalize(m.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String key : m.attr("property").split("\\s+")) {
        tags.put(key, content);
      }
      tags.put(m.attr("name"), content);
      tags.put(m.attr("itemprop"), content);
    }
    return tags;
  }

  private void put(String rawKey, String content) {
    String key = key(rawKey);
    if (!key.isEmpty()) {
      values.put(key, content);
    }
  }

  /** The value of the first of {@code keys} that the page has, or null. */
  String get(String... keys) {
    for (String k : keys) {
      String v = values.get(key(k));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String key(String raw) {
    return raw.replaceAll("\\s+", "").replace('.', ':').toLowerCase(Locale.ROOT);
  }
}
