package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {
  private static final String HOSTILE =
      "The council said on Monday that <script>alert('owned')</script> the harbour road will close"
          + " for repairs, and that <img src=x onerror=alert(1)> drivers should use the ring road.";

  @Test
  void htmlEscapesArticleTextSoNoMarkupFromAnInputRuns() throws Exception {
    String html = render(new HtmlReportRenderer(), report());
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(html).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void markdownAndJsonCarryTheSameStoryAndTheRejections() throws Exception {
    Report report = report();
    String markdown = render(new MarkdownReportRenderer(), report);
    String json = render(new JsonReportRenderer(), report);
    String headline = report.stories().get(0).headline();
    assertThat(markdown).contains("## " + headline).contains("`bad.txt`: empty file");
    assertThat(json)
        .contains("\"headline\" : \"" + headline.replace("\"", "\\\"") + "\"")
        .contains("\"reason\" : \"empty file\"");
  }

  @Test
  void headingsCountOneStoryAndOneItemInTheSingular() throws Exception {
    Report report = report();
    assertThat(render(new MarkdownReportRenderer(), report))
        .startsWith("# Newsdesk brief: 1 story from 1 item\n");
    assertThat(render(new HtmlReportRenderer(), report)).contains("Newsdesk brief · 1 story · ");
    assertThat(ReportRenderer.counted(2, "story", "stories")).isEqualTo("2 stories");
    assertThat(ReportRenderer.counted(0, "item", "items")).isEqualTo("0 items");
  }

  private static Report report() throws RejectedItemException {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(
        new RawDocument("hostile.txt", ContentKind.TEXT_BODY, HOSTILE, ItemMetadata.none()));
    return new Report(
        Instant.EPOCH, pipeline.briefs(), List.of(new Rejection("bad.txt", "empty file")));
  }

  private static String render(ReportRenderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }
}
