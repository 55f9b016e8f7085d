package dev.newsdesk.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.html.HtmlArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtraction;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.TextDecoder;
import dev.newsdesk.internal.BoilerplateClassifier;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of extraction: HTML main text and metadata, the boilerplate classifier
 * that every item's lines go through, and the byte-to-text decoder in front of every reader.
 */
class ExtractionFuzzTest {
  private static final HtmlExtractionConfig CONFIG = HtmlExtractionConfig.defaults();
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(CONFIG);
  private static final BoilerplateClassifier BOILERPLATE = new BoilerplateClassifier();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A page from a feed or a fetch, with a base URL that may itself be nonsense. */
  @FuzzTest
  void htmlExtraction(FuzzedDataProvider data) {
    String baseUrl = data.consumeString(200);
    String html = data.consumeRemainingAsString();
    HtmlExtraction page = new HtmlArticleExtractor(CONFIG).extract(html, baseUrl);
    Contract.require(page != null, "no extraction for a page");
    for (String paragraph : page.paragraphs()) {
      Contract.require(!paragraph.isBlank(), "a blank paragraph was extracted");
    }
    ItemMetadata metadata = new ItemMetadata(baseUrl, null, null, null, null, null, null);
    Contract.extracts(EXTRACTOR, new RawDocument("page.html", ContentKind.HTML, html, metadata));
  }

  /** Every line of every item is classified and stripped, so none of it may throw. */
  @FuzzTest
  void boilerplateClassifier(@NotNull String line) {
    BOILERPLATE.classifyLine(line);
    BOILERPLATE.isBoilerplate(line);
    BOILERPLATE.isPostSignature(line);
    String stripped = BOILERPLATE.stripSentences(line);
    Contract.require(
        stripped.length() <= line.length(), "stripping made %s longer: %s", line, stripped);
    BOILERPLATE.stripPostMarkup(line);
  }

  /** Any bytes decode; text in either encoding the web uses is never taken for binary. */
  @FuzzTest
  void textDecoder(FuzzedDataProvider data) {
    boolean asWindows1252 = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    TextDecoder.looksLikeText(TextDecoder.decode(raw));
    if (!isProse(text)) {
      return;
    }
    byte[] encoded = text.getBytes(asWindows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8);
    String decoded = TextDecoder.decode(encoded);
    Contract.require(
        TextDecoder.looksLikeText(decoded),
        "prose in %s decoded as binary: %s -> %s",
        asWindows1252 ? "windows-1252" : "UTF-8",
        text,
        decoded);
  }

  /**
   * Letters, digits, punctuation and spaces that windows-1252 can encode, with no byte-order mark
   * and no charset declaration (a declaration is believed, rightly or not, which is not under test
   * here).
   */
  private static boolean isProse(@NotNull String text) {
    if (text.isEmpty()
        || text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(charset|encoding).*")) {
      return false;
    }
    return text.codePoints()
            .allMatch(
                c -> c == ' ' || c == '\n' || Character.isLetterOrDigit(c) || isPunctuation(c))
        && WINDOWS_1252.newEncoder().canEncode(text)
        && text.charAt(0) != '\uFEFF';
  }

  private static boolean isPunctuation(int c) {
    int type = Character.getType(c);
    return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
