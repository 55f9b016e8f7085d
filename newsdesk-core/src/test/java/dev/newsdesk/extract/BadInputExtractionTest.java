package dev.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtraction;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.TextDecoder;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input the issue names, from a fixture under {@code extract/bad-input/} (or, for
 * the sizes that would bloat the repository, generated here): best-effort text or a rejection that
 * says why, never an exception, a hang or an out-of-memory error.
 */
class BadInputExtractionTest {

  private final ArticleExtractor stage = new ArticleExtractor(HtmlExtractionConfig.defaults());
  private final HtmlArticleExtractor html =
      new HtmlArticleExtractor(HtmlExtractionConfig.defaults());

  @Test
  void malformedMarkupStillYieldsEveryParagraphAndNoBogusDate() throws Exception {
    Article a = stage.extract(page("malformed-markup.html"));

    assertThat(String.join("\n", a.paragraphs()))
        .contains("approved next year's budget")
        .contains("shorter opening hours")
        .contains("final vote on the property tax rate")
        .doesNotContain("hidden");
    assertThat(a.published()).isNull();
  }

  @Test
  void aPageDeclaredLatin1ButSavedAsUtf8IsReadWithoutMojibake() throws Exception {
    Article a = stage.extract(page("declared-latin1-but-utf8.html"));

    assertThat(String.join("\n", a.paragraphs()))
        .contains("Après trois mois de travaux, le café du port")
        .contains("Hélène Marchand")
        .doesNotContain("Ã");
  }

  @Test
  void aWindows1252PageWithoutACharsetIsDecodedAsWindows1252() throws Exception {
    Article a = stage.extract(page("undeclared-windows-1252.html"));

    assertThat(String.join("\n", a.paragraphs()))
        .contains("The town hall\u2019s smörgåsbord night")
        .contains("crème brûlée")
        .doesNotContain("\uFFFD");
  }

  @Test
  void binaryGarbageIsRejectedWithTheReason() {
    RawDocument garbage = page("binary-garbage.bin");

    assertThatThrownBy(() -> stage.extract(garbage))
        .isInstanceOf(RejectedItemException.class)
        .hasMessageContaining("not HTML")
        .hasMessageContaining("control or undecodable");
    assertThat(html.extract(garbage.body(), null).paragraphs()).isEmpty();
  }

  @Test
  void aPageWithAnEmptyBodyIsRejectedAsHavingNoMainText() {
    assertThatThrownBy(() -> stage.extract(page("empty-body.html")))
        .isInstanceOf(RejectedItemException.class)
        .hasMessageContaining("no main text");
  }

  @Test
  void aPageOfOnlyScriptsAndStylesIsRejectedAsHavingNoMainText() {
    assertThatThrownBy(() -> stage.extract(page("only-scripts-and-styles.html")))
        .isInstanceOf(RejectedItemException.class)
        .hasMessageContaining("no main text");
  }

  @Test
  void anEmptyFileIsRejectedAsEmpty() {
    RawDocument empty = new RawDocument("empty.html", ContentKind.HTML, "", ItemMetadata.none());

    assertThatThrownBy(() -> stage.extract(empty))
        .isInstanceOf(RejectedItemException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aFiftyMegabytePageIsCutToTheLimitAndStillGivesItsOpeningText() {
    String opening =
        "<p>The opening paragraph of an enormous page, which names the story, the place and the"
            + " day, and which is all that a reader of the first screen would see.</p>";
    String filler =
        "<div class=\"row\"><span>item</span> filler text that goes on, and on, for ever.</div>\n";
    StringBuilder page = new StringBuilder(50 * 1024 * 1024 + 200);
    page.append("<html><head><title>Enormous</title></head><body><article>").append(opening);
    while (page.length() < 50 * 1024 * 1024) {
      page.append(filler);
    }
    page.append("</article></body></html>");

    HtmlExtraction x = html.extract(page.toString(), "https://news.example/enormous");

    assertThat(x.title()).isEqualTo("Enormous");
    assertThat(x.text()).contains("The opening paragraph of an enormous page");
  }

  @Test
  void aDomNestedOneHundredThousandDeepGivesTheTextAtTheBottom() {
    StringBuilder page = new StringBuilder().append("<html><body>");
    page.append("<div><blockquote>".repeat(50_000));
    page.append(
        "<p>The only paragraph, at the bottom of a tree one hundred thousand elements deep, with"
            + " enough words, commas, and clauses to count as article text.</p>");
    page.append("</blockquote></div>".repeat(50_000)).append("</body></html>");

    HtmlExtraction x = html.extract(page.toString(), "https://news.example/deep");

    assertThat(x.text()).contains("The only paragraph, at the bottom of a tree");
  }

  private static RawDocument page(String name) {
    String path = "/extract/bad-input/" + name;
    try (InputStream in = BadInputExtractionTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      String text = TextDecoder.decode(in.readAllBytes());
      return new RawDocument(name, ContentKind.HTML, text, ItemMetadata.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
