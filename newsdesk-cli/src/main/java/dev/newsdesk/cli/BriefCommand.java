package dev.newsdesk.cli;

import dev.newsdesk.BatchRun;
import dev.newsdesk.Pipeline;
import dev.newsdesk.Placement;
import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.brief.HtmlReportRenderer;
import dev.newsdesk.brief.JsonReportRenderer;
import dev.newsdesk.brief.MarkdownReportRenderer;
import dev.newsdesk.brief.ReportRenderer;
import dev.newsdesk.model.Report;
import java.io.Writer;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsdesk brief}: the main job. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = "Group the inputs into stories and write one sourced brief per story.")
final class BriefCommand implements Callable<Integer> {
  enum Format {
    MARKDOWN(new MarkdownReportRenderer()),
    JSON(new JsonReportRenderer()),
    HTML(new HtmlReportRenderer());

    final ReportRenderer renderer;

    Format(ReportRenderer renderer) {
      this.renderer = renderer;
    }
  }

  @Mixin InputOptions input;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "markdown",
      description = "markdown, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputOptions output;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline;
    try {
      pipeline = Pipeline.create(c -> c.analysis(analysis.config()));
    } catch (AttributionModelException e) {
      System.err.println("newsdesk brief: " + e.getMessage());
      return 2;
    }
    BatchRun.Result<Placement> result = BatchOutput.run(input, pipeline::accept, System.err);
    Report report = new Report(Clock.systemUTC().instant(), pipeline.briefs(), result.rejected());
    try (Writer writer = output.open()) {
      format.renderer.render(report, writer);
    }
    return BatchOutput.exitCode(result);
  }
}
