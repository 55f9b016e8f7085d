package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One-line golden-file checks over the fixtures in {@code src/test/resources/ingest/}: a fixture
 * {@code NAME.EXT} is read with format detection, every item is extracted, and the result is
 * compared with {@code NAME.expected.json}. A rejection's expected {@code reasonMentions} need only
 * be part of the actual reason, so the expected files do not freeze the wording of messages.
 */
final class Golden {
  static final ArticleExtractor EXTRACTOR = new ArticleExtractor(HtmlExtractionConfig.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultPrettyPrinter ONE_PARAGRAPH_A_LINE =
      new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
  private static final String EXPECTED = ".expected.json";

  /** What the expected files hold: each extracted item, then each rejection, in order. */
  record Outcome(List<Item> items, List<Rejected> rejected) {
    Outcome {
      items = items == null ? List.of() : List.copyOf(items);
      rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
  }

  record Item(
      String input,
      String title,
      String source,
      String byline,
      String published,
      boolean truncated,
      List<String> paragraphs) {}

  record Rejected(String input, String reasonMentions) {}

  private Golden() {}

  static void assertExtracts(String fixture) {
    Outcome expected = expected(fixture);
    Outcome actual = outcome(read(fixture), expected.rejected());
    assertThat(json(actual)).as("extraction of %s", fixture).isEqualTo(json(expected));
  }

  /** The fixture file {@code NAME.EXT} read through the front door with format detection. */
  static ReadBatch read(String fixture) {
    Path file = input(fixture);
    try {
      InputFile input = new InputFile(file.getFileName().toString(), Files.readAllBytes(file));
      return new Ingest().read(input, InputFormat.AUTO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every item of the batch extracted; items the extractor refuses are left out. */
  static List<Article> extractAll(ReadBatch batch) {
    List<Article> articles = new ArrayList<>();
    for (RawDocument doc : batch.items()) {
      try {
        articles.add(EXTRACTOR.extract(doc));
      } catch (RejectedItemException refused) {
        // left out, as the pipeline leaves it out
      }
    }
    return articles;
  }

  private static Outcome outcome(ReadBatch batch, List<Rejected> expectedRejections) {
    List<Item> items = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>(batch.rejected());
    for (RawDocument doc : batch.items()) {
      try {
        items.add(item(EXTRACTOR.extract(doc)));
      } catch (RejectedItemException e) {
        rejections.add(new Rejection(doc.input(), e.getMessage()));
      }
    }
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < rejections.size(); i++) {
      Rejection r = rejections.get(i);
      String mention =
          i < expectedRejections.size() ? expectedRejections.get(i).reasonMentions() : null;
      boolean mentioned = mention != null && r.reason().contains(mention);
      rejected.add(new Rejected(r.input(), mentioned ? mention : r.reason()));
    }
    return new Outcome(items, rejected);
  }

  private static Item item(Article a) {
    String published = a.published() == null ? null : a.published().toString();
    return new Item(
        a.input(), a.title(), a.source(), a.byline(), published, a.truncated(), a.paragraphs());
  }

  private static Outcome expected(String fixture) {
    try {
      return JSON.readValue(directory().resolve(fixture + EXPECTED).toFile(), Outcome.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Outcome outcome) {
    try {
      return JSON.writer(ONE_PARAGRAPH_A_LINE).writeValueAsString(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads with standard error sent to {@code sink}, so that a test prints nothing. */
  static ReadBatch readQuietly(InputFile file, InputFormat format, ByteArrayOutputStream sink) {
    PrintStream original = System.err;
    System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
    try {
      return new Ingest().read(file, format);
    } finally {
      System.setErr(original);
    }
  }

  /** Every input fixture file, expected files left out. */
  static List<Path> inputFixtures() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(p -> !p.getFileName().toString().endsWith(EXPECTED)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path input(String fixture) {
    List<Path> found =
        inputFixtures().stream()
            .filter(p -> p.getFileName().toString().startsWith(fixture + "."))
            .toList();
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "want one input fixture named " + fixture + ".*: " + found);
    }
    return found.get(0);
  }

  private static Path directory() {
    try {
      return Path.of(Golden.class.getResource("/ingest").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
