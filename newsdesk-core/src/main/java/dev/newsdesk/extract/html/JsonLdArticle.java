package dev.newsdesk.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code
 * ReportageNewsArticle}, {@code BlogPosting} and their kin), found at the top level, in arrays or
 * in an {@code @graph}. Fields are null when absent.
 *
 * <p>Design decision: JSON-LD is read leniently (comments, trailing commas, raw control characters
 * and a {@code <![CDATA[ ... ]]>} wrapper are common in the wild) and a block that still fails to
 * parse is skipped, never fatal.
 */
record JsonLdArticle(
    String headline,
    String name,
    String datePublished,
    String author,
    String publisher,
    String description,
    String url,
    String language) {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Set<String> TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "blogposting",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "liveblogposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "socialmediaposting");

  private static final int MAX_OBJECTS = 500;

  private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");

  /** How much of the page title's words a field must share to count as naming the same thing. */
  private static final double SAME_TITLE = 0.75;

  /** The first article object on the page, or null. */
  static JsonLdArticle find(List<Element> scripts) {
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = MAPPER.readTree(CDATA.matcher(script.data()).replaceAll(""));
      } catch (Exception e) {
        continue;
      }
      JsonNode article = firstArticle(root);
      if (article != null) {
        return of(article);
      }
    }
    return null;
  }

  private static JsonNode firstArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_OBJECTS) {
      JsonNode node = queue.poll();
      if (node == null) {
        continue;
      }
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (isArticle(node.get("@type"))) {
          return node;
        }
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          queue.add(node.get("mainEntity"));
        }
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("").toLowerCase(Locale.ROOT);
    int slash = t.lastIndexOf('/');
    return TYPES.contains(slash >= 0 ? t.substring(slash + 1) : t);
  }

  private static JsonLdArticle of(JsonNode a) {
    return new JsonLdArticle(
        text(a.get("headline"), null),
        text(a.get("name"), null),
        text(a.get("datePublished"), a.get("dateCreated")),
        names(a.get("author"), a.get("creator")),
        names(a.get("publisher"), null),
        text(a.get("description"), null),
        url(a),
        text(a.get("inLanguage"), null));
  }

  /**
   * The article's title: its {@code name} or its {@code headline}. When both are given and differ,
   * the headline wins only if it, and not the name, reads like {@code pageTitle}; some publishers
   * put their own name in {@code name}, others a teaser in {@code headline}.
   */
  String title(String pageTitle) {
    if (name != null && headline != null && !name.equals(headline) && pageTitle != null) {
      boolean nameMatches = similarity(name, pageTitle) > SAME_TITLE;
      boolean headlineMatches = similarity(headline, pageTitle) > SAME_TITLE;
      return headlineMatches && !nameMatches ? headline : name;
    }
    return name != null ? name : headline;
  }

  /** The share of {@code b}'s distinct words, by length, that also occur in {@code a}. */
  static double similarity(String a, String b) {
    List<String> wordsA = words(a);
    List<String> wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty()) {
      return 0;
    }
    List<String> onlyB = new ArrayList<>();
    for (String w : wordsB) {
      if (!wordsA.contains(w)) {
        onlyB.add(w);
      }
    }
    return 1 - String.join(" ", onlyB).length() / (double) String.join(" ", wordsB).length();
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static String url(JsonNode a) {
    String u = text(a.get("url"), null);
    if (u != null) {
      return u;
    }
    JsonNode main = a.get("mainEntityOfPage");
    if (main != null && main.isObject()) {
      return text(main.get("@id"), main.get("url"));
    }
    return text(main, null);
  }

  private static String text(JsonNode first, JsonNode second) {
    for (JsonNode n : new JsonNode[] {first, second}) {
      if (n == null) {
        continue;
      }
      JsonNode v = n.isArray() && n.size() > 0 ? n.get(0) : n;
      if (v.isObject()) {
        v = v.has("@value") ? v.get("@value") : v.get("name");
      }
      if (v != null && v.isValueNode()) {
        String s = Texts.normalize(v.asText(""));
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return null;
  }

  /** A person, an organisation or a list of them, as comma-separated names. */
  private static String names(JsonNode first, JsonNode second) {
    JsonNode n = first != null ? first : second;
    if (n == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode item : n.isArray() ? n : List.of(n)) {
      String name = item.isObject() ? text(item.get("name"), null) : text(item, null);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
