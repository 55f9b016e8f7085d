package dev.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsdesk} command and its subcommands. */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Many news reports in, one sourced brief per story out.",
    subcommands = {
      BriefCommand.class,
      ExtractCommand.class,
      ClusterCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      ServeCommand.class,
      ReindexCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsdeskCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing command: brief, extract, cluster, eval, train, serve or reindex");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests that run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new NewsdeskCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
