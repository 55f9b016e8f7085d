package dev.newsdesk.bench;

import dev.newsdesk.Pipeline;
import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.analyze.EntityMerger;
import dev.newsdesk.brief.Briefer;
import dev.newsdesk.claims.ClaimGrouper;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.timeline.TimelineBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Stories per second through the per-story stages, one thread, over the stories the pipeline makes
 * of the 1,008 PolNeAR articles (read once, in setup; only the per-story work is measured).
 *
 * <ul>
 *   <li>{@code brief}: the whole brief of each story (claims, timeline, entities, points,
 *       verifier).
 *   <li>{@code claims} and {@code entities}: claim grouping and entity merging alone, over the same
 *       stories, so the share of each in {@code brief} is read as a ratio in the same run.
 * </ul>
 *
 * The {@code stories} counter is the figure: stories done per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class BriefBenchmark {
  /** PolNeAR's folder, relative to the working directory. */
  @Param("../shared/data/attribution/polnear")
  public String polnear;

  private List<Brief> stories;
  private Briefer briefer;

  /** Counts stories, so JMH reports stories per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Done {
    public long stories;

    @Setup(Level.Iteration)
    public void reset() {
      stories = 0;
    }
  }

  @Setup
  public void clusterPolnear() throws IOException {
    Pipeline pipeline = Pipeline.create();
    for (String split : List.of("train", "dev", "test")) {
      Path dir = Path.of(polnear, split, "text");
      if (!Files.isDirectory(dir)) {
        throw new IOException("PolNeAR texts not found in " + dir.toAbsolutePath());
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          accept(pipeline, file);
        }
      }
    }
    stories = pipeline.briefs();
    briefer = new Briefer(new TimelineBuilder(new Analyzer().dates()));
  }

  private static void accept(Pipeline pipeline, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      pipeline.accept(
          new RawDocument(
              file.getFileName().toString(), ContentKind.TEXT_BODY, text, ItemMetadata.none()));
    } catch (RejectedItemException e) {
      // A rejected article is in no story; the benchmark measures the stories.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public void brief(Done done, Blackhole out) {
    for (Brief story : stories) {
      out.consume(briefer.write(story.id(), story.articles()));
      done.stories++;
    }
  }

  @Benchmark
  public void claims(Done done, Blackhole out) {
    ClaimGrouper grouper = new ClaimGrouper();
    for (Brief story : stories) {
      out.consume(grouper.group(story.articles()));
      done.stories++;
    }
  }

  @Benchmark
  public void entities(Done done, Blackhole out) {
    EntityMerger merger = new EntityMerger();
    for (Brief story : stories) {
      List<EntityMention> mentions = new ArrayList<>();
      for (StoryMember m : story.articles()) {
        mentions.addAll(m.article().entities());
      }
      out.consume(merger.merge(mentions));
      done.stories++;
    }
  }
}
