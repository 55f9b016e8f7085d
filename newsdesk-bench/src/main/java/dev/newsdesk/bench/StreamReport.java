package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What {@link PipelineBenchmark}'s streams hold and what the pipeline makes of them: items, mean
 * length, rejections, copies, stories and the largest story. Prints one line per shape, then, with
 * {@code --sample}, the first items of each stream.
 *
 * <p>Run: {@code java -cp newsdesk-bench/target/newsdesk-bench.jar dev.newsdesk.bench.StreamReport
 * [--sample] [CORPUS_DIR]}.
 */
public final class StreamReport {
  private StreamReport() {}

  public static void main(String[] args) throws IOException {
    boolean sample = args.length > 0 && args[0].equals("--sample");
    int rest = sample ? 1 : 0;
    List<CorpusSentences.Item> corpus =
        CorpusSentences.read(args.length > rest ? args[rest] : CorpusSentences.DEFAULT_DIR);
    for (SyntheticStream.Shape shape : SyntheticStream.Shape.values()) {
      List<RawDocument> items =
          SyntheticStream.generate(
              corpus, shape, PipelineBenchmark.ITEMS, new SplittableRandom(PipelineBenchmark.SEED));
      report(shape, items);
      if (sample) {
        items.stream()
            .limit(5)
            .forEach(
                i ->
                    System.out.printf(
                        Locale.ROOT,
                        "  %s [%s]%n    %s%n",
                        i.input(),
                        i.metadata().title(),
                        i.body().replace("\n", "\n    ")));
      }
    }
  }

  private static void report(SyntheticStream.Shape shape, List<RawDocument> items) {
    Pipeline pipeline = Pipeline.create();
    Map<StoryId, Integer> stories = new HashMap<>();
    int rejected = 0;
    int copies = 0;
    long chars = 0;
    for (RawDocument item : items) {
      chars += item.body().length();
      try {
        Placement placed = pipeline.accept(item);
        stories.merge(placed.story(), 1, Integer::sum);
        copies += placed.duplicateOf() != null ? 1 : 0;
      } catch (RejectedItemException e) {
        rejected++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-8s items %d, mean %d chars, rejected %d, copies or rewrites %d, stories %d (largest %d)%n",
        shape,
        items.size(),
        chars / items.size(),
        rejected,
        copies,
        stories.size(),
        stories.values().stream().mapToInt(Integer::intValue).max().orElse(0));
  }
}
