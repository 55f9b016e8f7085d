package dev.newsdesk.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  static MetaTags of(List<Element> metas) {
    MetaTags tags = new MetaTags();
    for (Element m : metas) {
      String content = Texts.normalize(m.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      String property = m.attr("property");
      if (!property.isEmpty()) {
        for (String key : property.split("\\s+")) {
          tags.put(key, content);
        }
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
    if (raw.isEmpty()) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c == '.' ? ':' : c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
