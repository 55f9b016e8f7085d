package dev.newsdesk.ingest;

import dev.newsdesk.internal.BoilerplateClassifier;
import dev.newsdesk.internal.OutletFinder;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text dump of one article page: an optional {@code date YYYY-MM-DD} header with banner
 * text, a title, a byline, paragraphs, and trailers.
 *
 * <p>A page often ends with a teaser of another article: a headline and its first paragraph after
 * the story has ended. That teaser is really another item, so the file is then split in two, {@code
 * FILE#1} and {@code FILE#2}; both inherit the page's date and outlet.
 */
public final class ArticleDumpReader implements ItemReader {
  private static final Pattern DATE_HEADER =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** A teaser is a headline followed by at most this many paragraphs before the page ends. */
  private static final int MAX_TEASER_PARAGRAPHS = 2;

  private final BoilerplateClassifier boilerplate = new BoilerplateClassifier();
  private final OutletFinder outlets = new OutletFinder();

  @Override
  public ReadBatch read(InputFile file) {
    List<String> lines =
        new ArrayList<>(Arrays.asList(TextDecoder.decode(file.bytes()).split("\\R")));
    ItemMetadata page = ItemMetadata.none().withSource(outlets.find(lines).orElse(null));
    int first = firstNonBlank(lines);
    if (first >= 0) {
      Matcher header = DATE_HEADER.matcher(lines.get(first));
      if (header.matches()) {
        page = page.withPublished(parseDate(header.group(1)));
        lines.set(first, header.group(2));
      }
    }
    int teaser = teaserStart(lines);
    if (teaser < 0) {
      return ReadBatch.of(List.of(document(file.name(), ContentKind.TEXT_ARTICLE, lines, page)));
    }
    return ReadBatch.of(
        List.of(
            document(
                ItemReader.itemName(file, 1),
                ContentKind.TEXT_ARTICLE,
                lines.subList(0, teaser),
                page),
            document(
                ItemReader.itemName(file, 2),
                ContentKind.TEXT_TITLED,
                lines.subList(teaser, lines.size()),
                page)));
  }

  /** The line where a trailing teaser starts, or -1 when the page carries none. */
  private int teaserStart(List<String> lines) {
    int contentSeen = 0;
    int candidate = -1;
    int afterCandidate = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || boilerplate.isBoilerplate(line)) {
        continue;
      }
      boolean headline = TextShapes.isTitleLike(line) && TextShapes.wordCount(line) >= 6;
      if (headline && contentSeen >= 3 && i + 1 < lines.size()) {
        candidate = i;
        afterCandidate = 0;
      } else if (candidate >= 0) {
        afterCandidate++;
      }
      contentSeen++;
    }
    return candidate >= 0 && afterCandidate >= 1 && afterCandidate <= MAX_TEASER_PARAGRAPHS
        ? candidate
        : -1;
  }

  private static RawDocument document(
      String name, ContentKind kind, List<String> lines, ItemMetadata metadata) {
    return new RawDocument(name, kind, String.join("\n", lines).strip(), metadata);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static LocalDate parseDate(String iso) {
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
