package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  private static final Path CORPUS = Fixtures.path("polnear");

  @Test
  void articlesOfASplitAreReadInNameOrderWithTheFirstAnnotatorsFile() throws IOException {
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(CORPUS, PolnearCorpus.Split.TEST);

    assertThat(articles).extracting(PolnearCorpus.Article::name).containsExactly("alpha", "beta");
    assertThat(articles.get(0).annotator()).isEqualTo("1111");
    assertThat(articles.get(0).relations()).hasSize(4);
    assertThat(articles.get(1).relations()).isEmpty();
  }

  @Test
  void aRelationLinksSourceCueAndContentWhateverTheOrderOfItsArguments() throws IOException {
    PolnearCorpus.Article alpha = alpha();
    AttributionRelation mayor = alpha.relations().get(1);

    assertThat(mayor.id()).isEqualTo("E2");
    assertThat(mayor.trigger().type()).isEqualTo("Attribution");
    assertThat(mayor.source().text(alpha.text())).isEqualTo("The mayor");
    assertThat(mayor.cue().text(alpha.text())).isEqualTo("believes");
    assertThat(mayor.contents())
        .singleElement()
        .extracting(c -> c.text(alpha.text()))
        .isEqualTo("turnout rose");
  }

  @Test
  void aDiscontinuousSpanKeepsEachFragmentAndItsTextSpansTwoLinesOfTheFile() throws IOException {
    PolnearCorpus.Article alpha = alpha();
    AnnotatedSpan content = alpha.relations().get(2).contents().get(0);

    assertThat(content.fragments()).containsExactly(new Span(68, 75), new Span(88, 100));
    assertThat(content.text(alpha.text())).isEqualTo("Turnout rose sharply");
    assertThat(content.hull()).isEqualTo(new Span(68, 100));
    assertThat(alpha.relations().get(2).source().text(alpha.text())).isEqualTo("she");
  }

  @Test
  void aRelationWithoutSourceHasNoneAndKeepsItsContentsInOrder() throws IOException {
    AttributionRelation reported = alpha().relations().get(3);

    assertThat(reported.hasSource()).isFalse();
    assertThat(reported.trigger().type()).isEqualTo("Attribution-no-source");
    assertThat(reported.contents()).extracting(AnnotatedSpan::id).containsExactly("T14", "T16");
  }

  @Test
  void spansOutsideRelationsAndAnnotatorNotesAreHandled() throws IOException {
    assertThat(alpha().spans()).extracting(AnnotatedSpan::type).contains("Discard").hasSize(17);
  }

  @Test
  void annotatedSpansBecomeLabeledSpansForScoring() throws IOException {
    AnnotatedSpan cue = alpha().relations().get(0).cue();

    assertThat(cue.labeled()).isEqualTo(LabeledSpan.of("Cue", 10, 14));
  }

  @Test
  void metadataRowsReadNoneAndEmptyCellsAsNull() throws IOException {
    List<PolnearMetadata> rows = PolnearCorpus.readMetadata(CORPUS);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .isEqualTo(
            new PolnearMetadata(
                "test",
                "alpha",
                "14",
                List.of("1111", "2222"),
                "nyt",
                LocalDate.of(2016, 12, 1),
                "Jane Doe",
                "Officials call the vote fair",
                3,
                0,
                null,
                null));
    assertThat(rows.get(1).credit()).isEqualTo("The Hill");
    assertThat(rows.get(1).wire()).isEqualTo("AP");
    assertThat(rows.get(2).publicationDate()).isNull();
    assertThat(rows.get(2).trumpCount()).isNull();
  }

  @Test
  void anOffsetPastTheEndOfTheTextIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path text = write(dir.resolve("a.txt"), "Short text.");
    Path ann = write(dir.resolve("a_1.ann"), "T1\tCue 0 5\tShort\nT2\tSource 6 99\ttext.\n");

    assertThatThrownBy(() -> PolnearCorpus.readArticle(text, ann))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(ann + ":2: ")
        .hasMessageContaining("T2");
  }

  @Test
  void anEventReferringToAnUndefinedAnnotationIsReported(@TempDir Path dir) throws IOException {
    Path text = write(dir.resolve("a.txt"), "Short text.");
    Path ann =
        write(dir.resolve("a_1.ann"), "T1\tAttribution 0 5\tShort\nE1\tAttribution:T1 Cue:T9\n");

    assertThatThrownBy(() -> PolnearCorpus.readArticle(text, ann))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith(ann + ":2: ")
        .hasMessageContaining("Cue:T9");
  }

  @Test
  void anArticleWithoutAnnotationFileIsReported(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("dev/attributions"));
    write(Files.createDirectories(dir.resolve("dev/text")).resolve("lonely.txt"), "Text.");

    assertThatThrownBy(() -> PolnearCorpus.read(dir, PolnearCorpus.Split.DEV))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("lonely.txt")
        .hasMessageContaining("no annotation file");
  }

  @Test
  void aMetadataRowWithTooFewCellsIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("metadata.tsv"),
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle"
            + "\ttrump_count\tclinton_count\tcredit\twire\ntest\tx\n");

    assertThatThrownBy(() -> PolnearCorpus.readMetadata(dir))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("metadata.tsv:2: 2 cells");
  }

  private static PolnearCorpus.Article alpha() throws IOException {
    return PolnearCorpus.read(CORPUS, PolnearCorpus.Split.TEST).get(0);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
