package dev.newsdesk.cli;

import dev.newsdesk.BatchRun;
import dev.newsdesk.model.Rejection;
import java.io.PrintStream;

/** What every batch command does around its own output: run, warn, choose the exit code. */
final class BatchOutput {
  private BatchOutput() {}

  static <T> BatchRun.Result<T> run(
      InputOptions options, BatchRun.ItemHandler<T> handler, PrintStream err) {
    Progress[] progress = new Progress[1];
    BatchRun.Result<T> result =
        BatchRun.run(
            options.inputs,
            options.format,
            options.maxInputBytes,
            System.in,
            handler,
            n -> {
              if (progress[0] == null) {
                progress[0] = new Progress("items", n, options.quiet);
              } else {
                progress[0].step();
              }
            });
    if (progress[0] != null) {
      progress[0].close();
    }
    for (String skipped : result.skipped()) {
      err.println("newsdesk: skipped " + skipped + ": not a known input type");
    }
    for (Rejection r : result.rejected()) {
      err.println("newsdesk: rejected " + r.input() + ": " + r.reason());
    }
    return result;
  }

  static int exitCode(BatchRun.Result<?> result) {
    return result.rejected().isEmpty() ? 0 : 1;
  }
}
