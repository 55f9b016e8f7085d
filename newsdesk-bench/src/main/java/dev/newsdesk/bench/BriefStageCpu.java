package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.analyze.EntityMerger;
import dev.newsdesk.brief.Briefer;
import dev.newsdesk.claims.ClaimGrouper;
import dev.newsdesk.claims.DiscrepancyFinder;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.timeline.TimelineBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stories per CPU-second of the brief and of its parts (claims, entities, timeline, discrepancies),
 * one thread, over the stories the pipeline makes of PolNeAR's 1,008 articles, in rounds.
 *
 * <p>The companion of {@link BriefBenchmark} for a shared machine: JMH's wall-clock figures move
 * with other people's load, the CPU time the measuring thread was given much less. The parts are
 * measured in the same round as the whole, so their shares are ratios of one run.
 *
 * <p>Usage: {@code java -cp newsdesk-bench.jar dev.newsdesk.bench.BriefStageCpu [polnear-dir]
 * [rounds]}; defaults {@code ../shared/data/attribution/polnear} and 4 rounds (the first is
 * warm-up).
 */
public final class BriefStageCpu {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private BriefStageCpu() {}

  public static void main(String[] args) throws IOException {
    Path polnear = Path.of(args.length > 0 ? args[0] : "../shared/data/attribution/polnear");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Brief> stories = stories(polnear);
    System.out.printf(
        Locale.ROOT,
        "%d stories, largest %d articles%n",
        stories.size(),
        stories.stream().mapToInt(b -> b.articles().size()).max().orElse(0));
    Briefer briefer = new Briefer(new TimelineBuilder(new Analyzer().dates()));
    ClaimGrouper claims = new ClaimGrouper();
    EntityMerger entities = new EntityMerger();
    TimelineBuilder timeline = new TimelineBuilder(new Analyzer().dates());
    DiscrepancyFinder discrepancies = new DiscrepancyFinder();
    for (int round = 0; round < rounds; round++) {
      System.out.printf(
          Locale.ROOT,
          "round %d%s: brief %.1f/s  claims %.1f/s  entities %.1f/s  timeline %.1f/s"
              + "  discrepancies %.1f/s (stories per CPU-second)%n",
          round,
          round == 0 ? " (warm-up)" : "",
          rate(stories, s -> briefer.write(s.id(), s.articles())),
          rate(stories, s -> claims.group(s.articles())),
          rate(stories, s -> entities.merge(mentions(s))),
          rate(stories, s -> timeline.build(s.articles())),
          rate(stories, s -> discrepancies.find(s.articles())));
    }
  }

  private static double rate(List<Brief> stories, Consumer<Brief> work) {
    long start = CPU.getCurrentThreadCpuTime();
    stories.forEach(work);
    long nanos = CPU.getCurrentThreadCpuTime() - start;
    return stories.size() / (nanos / 1e9);
  }

  private static List<EntityMention> mentions(Brief story) {
    List<EntityMention> mentions = new ArrayList<>();
    for (StoryMember m : story.articles()) {
      mentions.addAll(m.article().entities());
    }
    return mentions;
  }

  private static List<Brief> stories(Path polnear) throws IOException {
    Pipeline pipeline = Pipeline.create();
    for (String split : List.of("train", "dev", "test")) {
      Path dir = polnear.resolve(split).resolve("text");
      if (!Files.isDirectory(dir)) {
        throw new IOException("PolNeAR texts not found in " + dir.toAbsolutePath());
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          try {
            pipeline.accept(
                new RawDocument(
                    file.getFileName().toString(),
                    ContentKind.TEXT_BODY,
                    Files.readString(file, StandardCharsets.UTF_8),
                    ItemMetadata.none()));
          } catch (RejectedItemException e) {
            // A rejected article is in no story; the figure is about stories.
          }
        }
      }
    }
    return pipeline.briefs();
  }
}
