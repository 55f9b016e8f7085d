package dev.newsdesk.bench;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.extract.html.HtmlExtractionConfig;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sentences of the example corpus, grouped by the item they came from: the material {@link
 * SyntheticStream} recombines. Read the way a user's files are (ingest, then extraction, then
 * sentence splitting), so every sentence is one the pipeline itself would keep.
 */
final class CorpusSentences {
  /** Relative to the repository root, where the benchmarks are run from. */
  static final String DEFAULT_DIR = "examples/corpus";

  /**
   * One corpus item's sentences, in text order.
   *
   * @param title the item's title, or null
   */
  record Item(String title, List<String> sentences) {
    Item {
      sentences = List.copyOf(sentences);
    }
  }

  private CorpusSentences() {}

  /** Every item of the corpus with at least one sentence, in file-name then item order. */
  static List<Item> read(String dir) throws IOException {
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path.resolve("gold.json"))) {
      throw new IllegalStateException(
          "the example corpus is not at "
              + path
              + ". Run from the repository root, or pass its folder: -p corpus=/path/to/corpus");
    }
    Ingest ingest = new Ingest();
    ArticleExtractor extractor = new ArticleExtractor(HtmlExtractionConfig.defaults());
    Analyzer analyzer = new Analyzer();
    List<Item> items = new ArrayList<>();
    for (Path file : inputs(path)) {
      InputFile input = new InputFile(file.getFileName().toString(), Files.readAllBytes(file));
      for (RawDocument doc : ingest.read(input, InputFormat.AUTO).items()) {
        try {
          Article article = extractor.extract(doc);
          List<String> sentences =
              analyzer.analyze(article).sentences().stream().map(Sentence::text).toList();
          if (!sentences.isEmpty()) {
            items.add(new Item(article.title(), sentences));
          }
        } catch (RejectedItemException e) {
          // A corpus item with no text gives no sentences: nothing to recombine.
        }
      }
    }
    return items;
  }

  private static List<Path> inputs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals("gold.json"))
          .filter(f -> !f.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }
}
