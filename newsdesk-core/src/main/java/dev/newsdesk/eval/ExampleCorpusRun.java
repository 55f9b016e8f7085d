package dev.newsdesk.eval;

import dev.newsdesk.BatchRun;
import dev.newsdesk.Pipeline;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.StoryMember;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of inputs run through a fresh pipeline, as {@code newsdesk brief FOLDER/*} would, with
 * each article's item name as an answer key names it: {@code wire.jsonl#2}, {@code
 * herald-fire.html} for a single-item file. Answer keys ({@code *.json} named {@code gold.json})
 * and READMEs are not inputs.
 */
record ExampleCorpusRun(List<Brief> briefs, Map<ArticleId, String> items) {
  private static final long MAX_BYTES = 1 << 26;

  static ExampleCorpusRun of(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new DatasetFormatException(dir, "not a folder of inputs");
    }
    List<String> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs =
          files
              .filter(p -> !p.getFileName().toString().equals("gold.json"))
              .filter(p -> !p.getFileName().toString().endsWith(".md"))
              .map(Path::toString)
              .sorted()
              .toList();
    }
    Pipeline pipeline = Pipeline.create();
    BatchRun.run(
        inputs,
        InputFormat.AUTO,
        MAX_BYTES,
        new ByteArrayInputStream(new byte[0]),
        pipeline::accept,
        n -> {});
    List<Brief> briefs = pipeline.briefs();
    Map<String, Integer> itemsPerFile = new HashMap<>();
    for (Brief brief : briefs) {
      for (StoryMember m : brief.articles()) {
        itemsPerFile.merge(file(m.article().article().input()), 1, Integer::sum);
      }
    }
    Map<ArticleId, String> items = new HashMap<>();
    for (Brief brief : briefs) {
      for (StoryMember m : brief.articles()) {
        String input = m.article().article().input();
        String file = file(input);
        boolean single = itemsPerFile.get(file) == 1 && !input.contains("#");
        items.put(m.id(), single ? file : itemName(input));
      }
    }
    return new ExampleCorpusRun(briefs, items);
  }

  /** The item name with {@code #N}, or {@code #1} added when the input names a file alone. */
  private static String itemName(String input) {
    String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    return name.contains("#") ? name : name + "#1";
  }

  private static String file(String input) {
    String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    int hash = name.indexOf('#');
    return hash < 0 ? name : name.substring(0, hash);
  }

  String item(ArticleId id) {
    return items.getOrDefault(id, id.value());
  }
}
