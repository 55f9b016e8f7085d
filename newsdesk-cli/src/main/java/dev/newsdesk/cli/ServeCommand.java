package dev.newsdesk.cli;

import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.embedded.DataDirectory;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.InputFiles;
import dev.newsdesk.ingest.OpmlReader;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.Rejection;
import dev.newsdesk.server.Desk;
import dev.newsdesk.server.FeedPoller;
import dev.newsdesk.server.FetchConfig;
import dev.newsdesk.server.IngestOutcome;
import dev.newsdesk.server.NewsdeskServer;
import dev.newsdesk.server.PollConfig;
import dev.newsdesk.server.SafeFetcher;
import dev.newsdesk.server.ServerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk serve}: the long-running service. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Keep everything in a data directory, poll feeds, and serve the API and web UI.",
      "Prints the address it listens on as its first line on standard output."
    })
final class ServeCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files or directories to ingest at start (items already stored are skipped).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: 8080; 0 picks one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: loopback only).")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "newsdesk-data",
      description = "Data directory (default: ./newsdesk-data).")
  Path data;

  @Option(
      names = "--feeds",
      paramLabel = "FILE.opml",
      description = "Subscribe to every feed of an OPML list.")
  Path feeds;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "Require 'Authorization: Bearer T' for writes (default: $NEWSDESK_TOKEN).",
      defaultValue = "${env:NEWSDESK_TOKEN}")
  String token;

  @Option(
      names = "--allow-private",
      paramLabel = "HOST:PORT",
      description = "Let the fetcher reach this private or loopback host:port (repeatable).")
  List<String> allowPrivate = new ArrayList<>();

  @Option(names = "--no-poll", description = "Do not poll feeds (serve and accept posts only).")
  boolean noPoll;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    // Listen first: the replay of the stored articles can take minutes; reads are served from the
    // store meanwhile, and posts wait for it (Desk.start). INPUTs are promised to be in before the
    // address is printed, so with INPUTs the server listens after they are.
    Desk desk;
    try {
      desk = Desk.start(new DataDirectory(data), Clock.systemUTC(), analysis.config());
    } catch (AttributionModelException e) {
      err.println("newsdesk serve: " + e.getMessage());
      return 2;
    }
    FetchConfig fetch = FetchConfig.defaults();
    for (String allowed : allowPrivate) {
      fetch = fetch.allowing(allowed.toLowerCase(java.util.Locale.ROOT));
    }
    FeedPoller poller =
        new FeedPoller(desk, new SafeFetcher(fetch), PollConfig.defaults(), Clock.systemUTC());
    NewsdeskServer early = inputs.isEmpty() ? listen(desk) : null;
    Desk.ReplayReport replay = desk.replayReport();
    err.printf(
        Locale.ROOT, "newsdesk: %d stored articles replayed from %s%n", replay.items(), data);
    err.printf(Locale.ROOT, "newsdesk: %s%n", replay.cache());
    if (analysis.attributionModel != null) {
      err.printf(
          Locale.ROOT,
          "newsdesk: attributions by the trained tagger %s%n",
          analysis.attributionModel);
    }
    if (replay.moved() > 0 || !replay.rejected().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "newsdesk: %d articles would be placed differently by this version, %d no longer"
              + " read; run 'newsdesk reindex --data %s'%n",
          replay.moved(),
          replay.rejected().size(),
          data);
    }
    subscribe(desk, err);
    ingestInputs(desk, err);
    NewsdeskServer server = early == null ? listen(desk) : early;
    if (!noPoll) {
      poller.start();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  poller.close();
                  server.close();
                  desk.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /** Starts serving and prints the address, the first line on standard output. */
  private NewsdeskServer listen(Desk desk) {
    NewsdeskServer server =
        NewsdeskServer.start(new ServerConfig(host, port, token, 5_000_000), desk);
    System.out.println("http://" + hostForUrl() + ":" + server.port() + "/");
    System.out.flush();
    return server;
  }

  private String hostForUrl() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private void subscribe(Desk desk, PrintStream err) throws IOException {
    if (feeds == null) {
      return;
    }
    List<String> urls = OpmlReader.feedUrls(Files.readAllBytes(feeds));
    for (String url : urls) {
      desk.sources().add(url, null, Clock.systemUTC().instant());
    }
    err.printf(Locale.ROOT, "newsdesk: %d feeds from %s%n", urls.size(), feeds);
  }

  private void ingestInputs(Desk desk, PrintStream err) {
    if (inputs.isEmpty()) {
      return;
    }
    InputFiles.Expansion files = new InputFiles(268_435_456L).expand(inputs, System.in);
    int stored = 0;
    int known = 0;
    List<Rejection> rejected = new ArrayList<>(files.rejected());
    for (InputFile file : files.files()) {
      for (IngestOutcome o : desk.ingest(file.name(), file.bytes(), InputFormat.AUTO)) {
        if (o.stored()) {
          stored++;
        } else if (o.reason().contains("already read")) {
          known++;
        } else {
          rejected.add(new Rejection(o.input(), o.reason()));
        }
      }
    }
    rejected.forEach(r -> err.println("newsdesk: rejected " + r.input() + ": " + r.reason()));
    err.printf(Locale.ROOT, "newsdesk: %d new articles stored, %d already stored%n", stored, known);
  }
}
