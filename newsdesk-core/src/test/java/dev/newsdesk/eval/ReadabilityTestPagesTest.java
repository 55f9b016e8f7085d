package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityTestPagesTest {
  private static final Path PAGES = Fixtures.path("readability-test-pages");

  @Test
  void pagesAreListedByName() throws IOException {
    assertThat(ReadabilityTestPages.names(PAGES)).containsExactly("news-article", "not-readerable");
    assertThat(ReadabilityTestPages.pages(PAGES).count()).isEqualTo(2);
  }

  @Test
  void expectedTextKeepsParagraphsAndLineBreaksAndCollapsesSpaces() throws IOException {
    ReadabilityTestPages.Page page = ReadabilityTestPages.page(PAGES, "news-article");

    assertThat(page.expectedText())
        .isEqualTo(
            "The old bridge reopened on Tuesday after two years of work.\n\n"
                + "Drivers queued\nearly in the morning.\n\n"
                + "Cost: 4 million\n\n"
                + "Length: 300 m\n\n"
                + "line one\nline two");
  }

  @Test
  void sourceAndExpectedHtmlAreKeptAsStored() throws IOException {
    ReadabilityTestPages.Page page = ReadabilityTestPages.page(PAGES, "news-article");

    assertThat(page.sourceHtml()).contains("<!-- comment nodes are stripped upstream -->");
    assertThat(page.expectedHtml()).startsWith("<div id=\"readability-page-1\" class=\"page\">");
  }

  @Test
  void metadataIsReadWithAbsentAndNullFieldsAsNull() throws IOException {
    ReadabilityTestPages.Metadata article =
        ReadabilityTestPages.page(PAGES, "news-article").metadata();
    ReadabilityTestPages.Metadata bare =
        ReadabilityTestPages.page(PAGES, "not-readerable").metadata();

    assertThat(article)
        .isEqualTo(
            new ReadabilityTestPages.Metadata(
                "Bridge reopens after repairs",
                "Ana Reporter",
                null,
                "en",
                "The old bridge reopened on Tuesday after two years of work.",
                "Example Times",
                "2024-05-07T09:30:00Z",
                true));
    assertThat(bare)
        .isEqualTo(
            new ReadabilityTestPages.Metadata("", null, null, null, null, null, null, false));
  }

  @Test
  void textOfATextOnlyFragmentIsItsTrimmedText() {
    assertThat(ReadabilityTestPages.text("<div> Test </div>")).isEqualTo("Test");
    assertThat(ReadabilityTestPages.text("<div><p> </p></div>")).isEmpty();
  }

  @Test
  void metadataWithoutReaderableIsReportedWithTheFile(@TempDir Path dir) throws IOException {
    Path page = Files.createDirectories(dir.resolve("pages/broken"));
    for (String name : List.of("source.html", "expected.html")) {
      Files.writeString(page.resolve(name), "<p>x</p>", StandardCharsets.UTF_8);
    }
    Files.writeString(
        page.resolve("expected-metadata.json"), "{\"title\": 3}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ReadabilityTestPages.page(dir, "broken"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("expected-metadata.json")
        .hasMessageContaining("readerable");
  }
}
