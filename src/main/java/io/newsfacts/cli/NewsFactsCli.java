package io.newsfacts.cli;

import io.newsfacts.batch.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsfacts}: the command line. Each subcommand is its own class and returns an exit code. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true,
    versionProvider = NewsFactsCli.VersionProvider.class,
    description = "Turns news articles into entities, resolved dates and attributed quotations.",
    subcommands = {ExtractCommand.class, ReportCommand.class, EvaluateCommand.class,
        BenchCommand.class})
public final class NewsFactsCli implements Runnable {

  /** Exit code for bad usage: unknown option, missing folder, bad date. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. extract");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by main and tests. */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new NewsFactsCli()));
  }

  /** Case-insensitive enums and errors without stack traces, for any command line. */
  static CommandLine configure(CommandLine commandLine) {
    return commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // A bug must still not greet the user with a stack trace; the message says where to look.
          cmd.getErr().println(cmd.getCommandName() + ": unexpected error: " + e
              + " (run with -Dnewsfacts.debug=true for the stack trace)");
          if (Boolean.getBoolean("newsfacts.debug")) {
            e.printStackTrace(cmd.getErr());
          }
          return 1;
        });
  }

  /** Reads the version Maven filtered into the jar. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.text()};
    }
  }
}
