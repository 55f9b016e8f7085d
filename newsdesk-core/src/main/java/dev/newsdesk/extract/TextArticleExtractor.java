package dev.newsdesk.extract;

import dev.newsdesk.ingest.TextShapes;
import dev.newsdesk.internal.BoilerplateClassifier;
import dev.newsdesk.internal.BoilerplateKind;
import dev.newsdesk.internal.CalendarWords;
import dev.newsdesk.internal.Hashing;
import dev.newsdesk.internal.OutletFinder;
import dev.newsdesk.internal.TextNormalizer;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text items: each non-blank line is a paragraph; boilerplate lines are dropped and
 * boilerplate sentences inside a paragraph removed; the title, byline and date are taken from the
 * lines that carry them.
 */
public final class TextArticleExtractor implements Extractor {
  private static final Pattern BYLINE_NAME =
      Pattern.compile(
          "^(?i:by|written by)\\s+(.+?)(?=\\s+(?:" + CalendarWords.MONTH + "|\\d|\\||,|$))");
  private static final Pattern AUTHOR_NAME = Pattern.compile("^[^:]{1,30}:\\s*(.+)$");
  private static final int MIN_POST_WORDS = 5;

  private final BoilerplateClassifier boilerplate = new BoilerplateClassifier();
  private final OutletFinder outlets = new OutletFinder();

  @Override
  public Article extract(RawDocument doc) throws RejectedItemException {
    List<String> lines =
        doc.body().lines().map(TextNormalizer::collapseSpaces).filter(l -> !l.isEmpty()).toList();
    ItemMetadata meta = doc.metadata();
    String title = meta.title();
    String byline = meta.byline();
    LocalDate published = meta.published();
    int bodyStart = 0;
    if (doc.kind() == ContentKind.TEXT_TITLED && !lines.isEmpty()) {
      title = lines.get(0);
      bodyStart = 1;
    } else if (doc.kind() == ContentKind.TEXT_ARTICLE) {
      int first = firstContentLine(lines);
      if (first >= 0 && first + 1 < lines.size() && TextShapes.isTitleLike(lines.get(first))) {
        title = title == null ? lines.get(first) : title;
        bodyStart = first + 1;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = bodyStart; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<BoilerplateKind> kind = boilerplate.classifyLine(line);
      if (kind.isPresent()
          && (kind.get() == BoilerplateKind.BYLINE || kind.get() == BoilerplateKind.AUTHOR_LINE)) {
        byline = byline == null ? bylineName(line, kind.get()) : byline;
        published = published == null ? CalendarWords.firstFullDate(line).orElse(null) : published;
      }
      String kept = clean(line, kind);
      if (!kept.isEmpty()) {
        paragraphs.add(kept);
      }
    }
    if (paragraphs.isEmpty() && title == null) {
      throw new RejectedItemException("no article text: every line is boilerplate or blank");
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(title);
    }
    String last = paragraphs.get(paragraphs.size() - 1);
    boolean truncated = TextShapes.looksCutOff(last);
    String source =
        meta.source() != null ? meta.source() : outlets.find(lines).orElse(hostOf(meta.url()));
    String id = Hashing.shortId("a-", doc.input() + "\n" + String.join("\n", paragraphs));
    return new Article(
        new ArticleId(id),
        doc.input(),
        meta.url(),
        source,
        title == null ? null : TextNormalizer.collapseSpaces(title),
        byline,
        published,
        meta.publishedAt(),
        meta.language() == null ? "und" : meta.language(),
        paragraphs,
        truncated);
  }

  private String clean(String line, Optional<BoilerplateKind> kind) {
    if (kind.isEmpty()) {
      return boilerplate.stripSentences(line);
    }
    if (kind.get() == BoilerplateKind.EMBEDDED_POST) {
      if (boilerplate.isPostSignature(line)) {
        return "";
      }
      String words = boilerplate.stripPostMarkup(line);
      return TextShapes.wordCount(words) >= MIN_POST_WORDS ? words : "";
    }
    if (BoilerplateClassifier.isLineKind(kind.get())) {
      return "";
    }
    return boilerplate.stripSentences(line).equals(line) ? "" : boilerplate.stripSentences(line);
  }

  private int firstContentLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!boilerplate.isBoilerplate(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String bylineName(String line, BoilerplateKind kind) {
    Matcher m = (kind == BoilerplateKind.BYLINE ? BYLINE_NAME : AUTHOR_NAME).matcher(line);
    return m.find() ? m.group(1).strip() : null;
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
