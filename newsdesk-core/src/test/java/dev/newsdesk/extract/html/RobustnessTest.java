package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private final HtmlArticleExtractor extractor =
      new HtmlArticleExtractor(HtmlExtractionConfig.defaults());

  @Test
  void emptyBlankAndNullInputGiveAnEmptyExtraction() {
    for (String html : new String[] {"", "   \n\t", null}) {
      HtmlExtraction x = extractor.extract(html, null);
      assertThat(x.paragraphs()).isEmpty();
      assertThat(x.title()).isNull();
    }
  }

  @Test
  void binaryGarbageNeitherThrowsNorHangs() {
    SplittableRandom random = new SplittableRandom(42);
    char[] chars = new char[200_000];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) random.nextInt(0, 0x10000);
    }
    HtmlExtraction x = extractor.extract(new String(chars), "not a uri");
    assertThat(x).isNotNull();
  }

  @Test
  void aDomNestedOneHundredThousandDeepIsHandledWithoutStackOverflow() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder(depth * 12 + 500).append("<html><body>");
    for (int i = 0; i < depth; i++) {
      html.append(i % 2 == 0 ? "<div>" : "<span>");
    }
    html.append(
        "<p>The one paragraph at the bottom of a very deep tree, which is long enough to count,"
            + " with commas, clauses, and a full stop at the end.</p>");
    for (int i = depth - 1; i >= 0; i--) {
      html.append(i % 2 == 0 ? "</div>" : "</span>");
    }
    html.append("</body></html>");

    HtmlExtraction x = extractor.extract(html.toString(), "https://news.example/");

    assertThat(x.text()).contains("The one paragraph at the bottom of a very deep tree");
  }

  @Test
  void malformedTagsUnclosedElementsAndBrokenMetadataStillYieldTheText() {
    String html =
        "<html><head><title>Broken <b>page</title>"
            + "<meta property=\"article:published_time\" content=\"not-a-date\">"
            + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [}"
            + "</script></head><body><div class=\"content\"><p>First paragraph of the story, with"
            + " an unclosed <b>bold <i>italic run that never ends, and more words after it."
            + "<p>Second paragraph <a href=>with a broken link</a> and < stray angle > brackets"
            + " in the middle of the running text.</div></span></td></table><p <p>>"
            + "<!-- an unclosed comment";

    HtmlExtraction x = extractor.extract(html, "https://news.example/");

    assertThat(x.text()).contains("First paragraph of the story").contains("Second paragraph");
    assertThat(x.published()).isNull();
  }

  @Test
  void inputLongerThanTheLimitIsTruncatedRatherThanRejected() {
    HtmlExtractionConfig small = HtmlExtractionConfig.defaults().withMaxHtmlChars(2_000);
    String paragraph =
        "<p>A sentence that repeats, over and over, to make a page far longer than the limit.</p>";
    String html = "<html><body><article>" + paragraph.repeat(1_000) + "</article></body></html>";

    HtmlExtraction x = new HtmlArticleExtractor(small).extract(html, null);

    assertThat(x.paragraphs()).isNotEmpty().hasSizeLessThan(30);
  }
}
