package dev.newsdesk.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error that appears only once a run has taken a couple of seconds, so
 * quick runs stay quiet. Never on standard output, which carries the result.
 */
final class Progress implements AutoCloseable {
  private static final long SHOW_AFTER_NANOS = Duration.ofSeconds(2).toNanos();

  private final long total;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private ProgressBar bar;
  private long done;

  Progress(String task, long total, boolean quiet) {
    this.total = total;
    this.enabled = !quiet && System.getenv("CI") == null;
    this.task = task;
  }

  private final String task;

  void step() {
    done++;
    if (bar == null && enabled && System.nanoTime() - started > SHOW_AFTER_NANOS) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .build();
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
