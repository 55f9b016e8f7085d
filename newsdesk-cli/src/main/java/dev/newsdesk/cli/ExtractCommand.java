package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.BatchRun;
import dev.newsdesk.analyze.LanguageIdentifier;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk extract}: the cleaned main text and metadata of each item. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Print one JSON line per item: {\"input\",\"source\",\"title\",\"published\",\"language\",\"text\"}.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin JsonLinesFormat format;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    LanguageIdentifier languages = new LanguageIdentifier();
    BatchRun.Result<Article> result =
        BatchOutput.run(
            input,
            item -> {
              Article a = extractor.extract(item);
              return "und".equals(a.language()) ? a.withLanguage(languages.identify(a.text())) : a;
            },
            System.err);
    List<ObjectNode> lines = new ArrayList<>();
    for (Article a : result.outputs()) {
      ObjectNode line = OutputOptions.object();
      line.put("input", a.input()).put("source", a.source()).put("title", a.title());
      line.put(
          "published",
          a.publishedAt() != null
              ? a.publishedAt().toString()
              : a.published() == null ? null : a.published().toString());
      line.put("language", a.language()).put("text", a.text());
      lines.add(line);
    }
    output.writeJsonLines(lines);
    return BatchOutput.exitCode(result);
  }
}
