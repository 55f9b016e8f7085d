package dev.newsdesk.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.brief.HtmlReportRenderer;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Markup that an input carries (scripts, event handlers, {@code javascript:} links, tags that close
 * the renderer's own elements) never reaches the HTML brief as markup. The brief is parsed back as
 * a browser would, and what it holds is compared with what the renderer writes itself.
 */
class HostileHtmlTest {
  private static final List<String> PAYLOADS =
      List.of(
          "<script>alert('x')</script>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<a href=\"javascript:alert(1)\">click</a>",
          "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
          "</template><script>alert(2)</script>",
          "</textarea></style></title><script>alert(3)</script>",
          "\" onmouseover=\"alert(4)",
          "' autofocus onfocus='alert(5)",
          "<base href=\"https://evil.test/\">",
          "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.test/\">",
          "<!--<script>alert(6)//-->",
          "<![CDATA[<script>alert(7)</script>]]>",
          "&lt;script&gt;alert(8)&lt;/script&gt;");

  /** The tags the renderer writes itself; anything else came from an input. */
  private static final Set<String> RENDERER_TAGS =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "style",
          "body",
          "main",
          "h1",
          "h2",
          "h3",
          "article",
          "p",
          "ul",
          "li",
          "a",
          "table",
          "tbody",
          "tr",
          "th",
          "td",
          "b",
          "span",
          "code",
          "template",
          "aside",
          "script",
          // the provenance graph, drawn by the renderer as inline SVG
          "svg",
          "defs",
          "marker",
          "path",
          "g",
          "line",
          "rect",
          "text",
          "#root");

  @Test
  void markupInEveryFieldOfEveryInputShapeIsEscapedInTheHtmlBrief() throws IOException {
    Pipeline pipeline = Pipeline.create();
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      for (InputFile file : hostileFiles(PAYLOADS.get(i), i)) {
        ReadBatch batch = new Ingest().read(file, InputFormat.AUTO);
        rejected.addAll(batch.rejected());
        for (RawDocument doc : batch.items()) {
          try {
            pipeline.accept(doc);
          } catch (RejectedItemException e) {
            rejected.add(new Rejection(doc.input(), e.getMessage()));
          }
        }
      }
      rejected.add(new Rejection("file-" + i + PAYLOADS.get(i), "reason " + PAYLOADS.get(i)));
    }
    Report report = new Report(Instant.EPOCH, pipeline.briefs(), rejected);

    String rendered = render(report);
    Document html = Jsoup.parse(rendered);

    assertThat(report.stories()).isNotEmpty();
    // The payloads did reach the brief, as text: what is checked below is not vacuous.
    assertThat(rendered).contains("&lt;script&gt;alert(").contains("onerror=alert(1)");
    assertThat(tagsIn(html)).isSubsetOf(RENDERER_TAGS);
    assertThat(html.select("script")).singleElement();
    assertThat(html.select("meta[http-equiv], base, iframe, img")).isEmpty();
    // The only SVG is the renderer's own provenance graph; the payload's <svg onload> stays text.
    assertThat(html.select("svg"))
        .allSatisfy(svg -> assertThat(svg.className()).isEqualTo("provenance"));
    for (Element e : allElements(html)) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT))
            .as("%s on <%s>", a.getKey(), e.tagName())
            .doesNotStartWith("javascript:");
      }
    }
  }

  /** The same payload in every field of a JSONL item, an RSS item and an HTML page. */
  private static List<InputFile> hostileFiles(String payload, int n) {
    String prose =
        "The harbour council said on Monday that the Skarn ferry will sail again in June, "
            + payload
            + " and the port office confirmed the timetable. Ola Berg, the harbour master, said "
            + "\"we are ready\" "
            + payload
            + ".";
    String json = jsonString(payload);
    String jsonl =
        "{\"id\":\"h"
            + n
            + "\",\"title\":\""
            + json
            + " ferry\",\"source\":\""
            + json
            + "\",\"author\":\""
            + json
            + "\",\"url\":\""
            + json
            + "\",\"text\":\""
            + jsonString(prose)
            + "\"}\n";
    String rss =
        "<rss version=\"2.0\"><channel><title>"
            + xmlText(payload)
            + "</title><item><guid>r"
            + n
            + "</guid><title>"
            + xmlText(payload)
            + " ferry</title><description>"
            + xmlText("<p>" + prose + "</p>" + payload)
            + "</description></item></channel></rss>";
    String page =
        "<html><head><title>"
            + payload
            + "</title><meta property=\"og:site_name\" content=\""
            + payload.replace("\"", "&quot;")
            + "\"></head><body><article><h1>"
            + payload
            + "</h1><p>"
            + prose
            + "</p><p>"
            + prose.replace("Monday", "Tuesday")
            + "</p></article></body></html>";
    return List.of(
        new InputFile("hostile-" + n + ".jsonl", jsonl.getBytes(UTF_8)),
        new InputFile("hostile-" + n + ".rss", rss.getBytes(UTF_8)),
        new InputFile("hostile-" + n + ".html", page.getBytes(UTF_8)));
  }

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportRenderer().render(report, out);
    return out.toString();
  }

  /** Every element, including those inside {@code <template>}, which a browser parses too. */
  private static List<Element> allElements(Document html) {
    List<Element> all = new ArrayList<>(html.getAllElements());
    for (Element template : html.select("template")) {
      all.addAll(Jsoup.parseBodyFragment(template.html()).body().children().select("*"));
    }
    return all;
  }

  private static Set<String> tagsIn(Document html) {
    return allElements(html).stream().map(Element::tagName).collect(Collectors.toSet());
  }

  private static String jsonString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String xmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
