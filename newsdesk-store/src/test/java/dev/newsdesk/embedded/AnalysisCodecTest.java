package dev.newsdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.Pipeline;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Attribution;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.store.StoredItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCodecTest {
  private static final Instant T0 = Instant.parse("2026-05-12T08:30:00.123456789Z");
  @TempDir Path dir;

  @Test
  void anAnalysisOfARealReportComesBackEqual() throws RejectedItemException {
    Pipeline pipeline = Pipeline.create();
    for (String name : List.of("quoted-report.txt", "unicode-report.txt")) {
      AnalyzedArticle analyzed = pipeline.prepare(report(name));
      assertThat(analyzed.sentences()).hasSizeGreaterThan(1);
      assertThat(analyzed.entities()).isNotEmpty();
      assertThat(AnalysisCodec.decode(AnalysisCodec.encode(analyzed))).isEqualTo(analyzed);
    }
    AnalyzedArticle quoted = pipeline.prepare(report("quoted-report.txt"));
    assertThat(quoted.attributions()).isNotEmpty();
    assertThat(quoted.dates()).isNotEmpty();
  }

  @Test
  void textsThatAreNotTheirSpansNullsAndUnpairedSurrogatesComeBackEqual() {
    String text = "Lone \uD800 surrogate, said the clerk.";
    Article article =
        new Article(
            new ArticleId("odd-1"),
            "odd\uDC00input",
            null,
            null,
            null,
            "By A. Clerk",
            LocalDate.of(1899, 12, 31),
            T0,
            "und",
            List.of(text),
            true);
    Span all = new Span(0, text.length());
    AnalyzedArticle odd =
        new AnalyzedArticle(
            article,
            text + " (stripped)",
            List.of(new Sentence(0, all, "not the span's text", List.of(new Span(5, 6)))),
            List.of(new EntityMention(new Span(0, 4), "Lone", EntityType.OTHER, -1)),
            List.of(
                new DateMention(
                    new Span(0, 4), null, LocalDate.of(2026, 1, 1), DatePrecision.YEAR, true, 0)),
            List.of(
                new Attribution(
                    null,
                    null,
                    new Span(26, 30),
                    "said",
                    new Span(0, 24),
                    0,
                    new Span(31, 40),
                    "elsewhere",
                    "Clerk")));
    assertThat(AnalysisCodec.decode(AnalysisCodec.encode(odd))).isEqualTo(odd);
  }

  @Test
  void truncatedOrCorruptBytesAreRefusedWithAReason() throws RejectedItemException {
    byte[] bytes = AnalysisCodec.encode(Pipeline.create().prepare(report("quoted-report.txt")));
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> AnalysisCodec.decode(cut))
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> AnalysisCodec.decode(longer)).hasMessageContaining("left over");
    byte[] otherFormat = bytes.clone();
    otherFormat[0] = 9;
    assertThatThrownBy(() -> AnalysisCodec.decode(otherFormat)).hasMessageContaining("format 9");
  }

  @Test
  void theStoreKeepsAnAnalysisWithItsItemUntilTheCacheIsReset() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
      assertThat(store.analysisBuild()).isEmpty();
      store.resetAnalyses("build-1");
      byte[] analysis = {1, 2, 3};
      store.appendAll(
          List.of(
              new SqliteStore.Append(
                  report("quoted-report.txt"),
                  new ArticleId("a"),
                  new StoryId("s"),
                  null,
                  T0,
                  analysis),
              new SqliteStore.Append(
                  report("unicode-report.txt"), new ArticleId("b"), new StoryId("s"), null, T0)));
      List<SqliteStore.CachedItem> all = new ArrayList<>();
      store.forEachWithAnalysis(0, all::add);
      assertThat(all).extracting(c -> c.stored().article().value()).containsExactly("a", "b");
      assertThat(all.get(0).analysis()).containsExactly(1, 2, 3);
      assertThat(all.get(1).analysis()).isNull();

      StoredItem second = all.get(1).stored();
      store.saveAnalyses(Map.of(second.sequence(), new byte[] {4}));
      all.clear();
      store.forEachWithAnalysis(0, all::add);
      assertThat(all.get(1).analysis()).containsExactly(4);

      store.resetAnalyses("build-2");
      assertThat(store.analysisBuild()).contains("build-2");
      all.clear();
      store.forEachWithAnalysis(0, all::add);
      assertThat(all).allMatch(c -> c.analysis() == null).hasSize(2);
    }
  }

  private static RawDocument report(String name) {
    try (InputStream in = AnalysisCodecTest.class.getResourceAsStream("/analysis/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new RawDocument(
          name,
          ContentKind.TEXT_ARTICLE,
          text,
          new ItemMetadata(
              null, "Selvik Post", "A report", LocalDate.of(2026, 5, 12), T0, null, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
