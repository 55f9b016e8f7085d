package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.eval.PolnearCorpus;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.InputFiles;
import dev.newsdesk.model.Article;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes every analysis (and every brief) of a fixed set of inputs as text, one line each, so that
 * two builds can be compared byte for byte: a change meant to make analysis cheaper must leave this
 * file identical. The inputs: PolNeAR's 1,008 article texts (every split, language left to the
 * identifier, published 2016-10-01) and the briefs the pipeline makes of them; the example corpus
 * and the seeds, each through the whole pipeline (extraction, analysis, briefs); the article
 * extraction benchmark's HTML pages; GoogleNews' 11,109 title-and-snippet texts; and the synthetic
 * ARTICLE and SNIPPET streams of the service bench.
 *
 * <p>Run from the repository root: {@code java -cp newsdesk-bench/target/newsdesk-bench.jar
 * dev.newsdesk.bench.AnalysisDump ../shared/data ../shared/seeds OUT.txt [STREAM_ITEMS]} (default
 * 5,000 items per synthetic shape). Sets whose folder is missing are skipped with a note. Compare
 * with {@code cmp}; the lines name their set and input, so {@code diff} shows what moved.
 */
public final class AnalysisDump {
  private AnalysisDump() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path seeds = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int streamItems = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
    try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PrintWriter w = new PrintWriter(file)) {
      polnear(data.resolve("attribution/polnear"), w);
      pipeline("examples", Path.of(CorpusSentences.DEFAULT_DIR), w);
      pipeline("seeds", seeds, w);
      pipeline("extraction", data.resolve("extraction/article-extraction-benchmark/html"), w);
      googleNews(data.resolve("clustering/googlenews/googlenews-TS.jsonl"), w);
      for (SyntheticStream.Shape shape : SyntheticStream.Shape.values()) {
        stream(shape, streamItems, w);
      }
    }
  }

  private static void polnear(Path dir, PrintWriter w) throws IOException {
    if (!Files.isDirectory(dir)) {
      System.out.println("skipped: no " + dir);
      return;
    }
    Analyzer analyzer = new Analyzer();
    Pipeline pipeline = Pipeline.create();
    int n = 0;
    for (PolnearCorpus.Split split : PolnearCorpus.Split.values()) {
      for (PolnearCorpus.Article a : PolnearCorpus.read(dir, split)) {
        Article article = article("polnear-" + a.name(), a.text(), LocalDate.of(2016, 10, 1));
        line(w, "polnear", a.name(), analyzer.analyze(article).toString());
        try {
          pipeline.accept(
              new RawDocument(
                  a.name(),
                  dev.newsdesk.model.ContentKind.TEXT_BODY,
                  a.text(),
                  new dev.newsdesk.model.ItemMetadata(
                      null, "polnear", null, LocalDate.of(2016, 10, 1), null, null, null)));
        } catch (RejectedItemException e) {
          line(w, "polnear-rejected", a.name(), e.getMessage());
        }
        n++;
      }
    }
    pipeline.briefs().forEach(b -> line(w, "polnear-brief", b.id().toString(), b.toString()));
    System.out.println("polnear: " + n + " articles");
  }

  private static void pipeline(String set, Path dir, PrintWriter w) throws IOException {
    if (!Files.isDirectory(dir)) {
      System.out.println("skipped: no " + dir);
      return;
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().endsWith(".md"))
              .filter(f -> !f.getFileName().toString().equals("gold.json"))
              .map(Path::toString)
              .sorted()
              .toList();
    }
    InputFiles.Expansion files =
        new InputFiles(64L << 20).expand(names, new ByteArrayInputStream(new byte[0]));
    Ingest ingest = new Ingest();
    Pipeline pipeline = Pipeline.create();
    int n = 0;
    for (InputFile file : files.files()) {
      for (RawDocument doc : ingest.read(file, InputFormat.AUTO).items()) {
        try {
          line(w, set, doc.input(), pipeline.prepare(doc).toString());
          pipeline.accept(doc);
        } catch (RejectedItemException e) {
          line(w, set + "-rejected", doc.input(), e.getMessage());
        }
        n++;
      }
    }
    pipeline.briefs().forEach(b -> line(w, set + "-brief", b.id().toString(), b.toString()));
    System.out.println(set + ": " + n + " items");
  }

  private static void googleNews(Path jsonl, PrintWriter w) throws IOException {
    if (!Files.isRegularFile(jsonl)) {
      System.out.println("skipped: no " + jsonl);
      return;
    }
    Analyzer analyzer = new Analyzer();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    int n = 0;
    for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (row.isBlank()) {
        continue;
      }
      String text = json.readTree(row).path("text").asText();
      Article article = article("googlenews-" + n, text, LocalDate.of(2014, 1, 1));
      line(w, "googlenews", Integer.toString(n), analyzer.analyze(article).toString());
      n++;
    }
    System.out.println("googlenews: " + n + " texts");
  }

  private static void stream(SyntheticStream.Shape shape, int items, PrintWriter w)
      throws IOException {
    Path corpus = Path.of(CorpusSentences.DEFAULT_DIR);
    if (!Files.isDirectory(corpus)) {
      System.out.println("skipped: no " + corpus);
      return;
    }
    List<RawDocument> docs =
        SyntheticStream.generate(
            CorpusSentences.read(CorpusSentences.DEFAULT_DIR),
            shape,
            items,
            new SplittableRandom(PipelineBenchmark.SEED));
    Pipeline pipeline = Pipeline.create();
    List<String> lines = new ArrayList<>();
    for (RawDocument doc : docs) {
      try {
        lines.add(pipeline.prepare(doc).toString());
      } catch (RejectedItemException e) {
        lines.add("rejected " + e.getMessage());
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      line(w, "stream-" + shape, docs.get(i).input(), lines.get(i));
    }
    System.out.println("stream " + shape + ": " + items + " items");
  }

  private static Article article(String id, String text, LocalDate published) {
    return new Article(
        new ArticleId(id),
        id,
        null,
        null,
        null,
        null,
        published,
        null,
        "und",
        List.of(text),
        false);
  }

  private static void line(PrintWriter w, String set, String input, String value) {
    w.print(set);
    w.print('\t');
    w.print(input);
    w.print('\t');
    w.println(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
  }
}
