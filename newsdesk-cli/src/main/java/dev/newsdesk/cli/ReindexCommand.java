package dev.newsdesk.cli;

import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.server.Desk;
import dev.newsdesk.store.StoryQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk reindex}: re-place, re-index and re-brief everything stored, after an upgrade.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Replay every stored article through this version's pipeline: re-cluster, rebuild the"
          + " search index and re-brief every story. Stored articles are kept; nothing is wiped.",
      "Run it with the server stopped."
    })
final class ReindexCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "newsdesk-data",
      description = "Data directory (default: ./newsdesk-data).")
  Path data;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      System.err.println("newsdesk: no data directory " + data);
      return 2;
    }
    Desk opened;
    try {
      opened = Desk.open(new DataDirectory(data), Clock.systemUTC(), analysis.config());
    } catch (AttributionModelException e) {
      System.err.println("newsdesk reindex: " + e.getMessage());
      return 2;
    }
    try (Desk desk = opened) {
      Desk.ReplayReport report = desk.reindex();
      long stories = desk.stories(StoryQuery.firstPage(1)).total();
      System.out.printf(
          Locale.ROOT,
          "reindexed %d articles: %d moved to another story, %d no longer read; %d stories%n",
          report.items(),
          report.moved(),
          report.rejected().size(),
          stories);
      report.rejected().forEach(r -> System.err.println("newsdesk: no longer read: " + r));
    }
    return 0;
  }
}
