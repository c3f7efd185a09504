package io.newsfacts.cli;

import io.newsfacts.report.ReportSummary;
import io.newsfacts.report.ReportWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts report [OUTPUT]}: writes the HTML report of an existing output folder, from its
 * article JSON files. Exit code 0 when written, 1 when written but some article files could not be
 * read (each listed on stderr), 2 with a one-line error when there is nothing to report on or it
 * cannot be written.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes OUTPUT/report/index.html and one page per article from OUTPUT/articles/*.json.")
public final class ReportCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_NO_INPUT = 2;
  /** The report was written, but some article files could not be read (each named on stderr). */
  static final int EXIT_UNREADABLE = 1;

  @Parameters(index = "0", arity = "0..1", defaultValue = "output", paramLabel = "OUTPUT",
      description = "The batch's output folder (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(outputDir)) {
      err.println("report: no such folder: " + outputDir);
      return EXIT_NO_INPUT;
    }
    if (!Files.isDirectory(outputDir.resolve("articles"))) {
      err.println("report: no articles folder in " + outputDir + " (run the batch first)");
      return EXIT_NO_INPUT;
    }
    try {
      ReportSummary summary = new ReportWriter().write(outputDir);
      for (String problem : summary.unreadable()) {
        err.println("unreadable: " + problem);
      }
      spec.commandLine().getOut().printf(
          "Report: %s (%d article pages, %d failed articles, %d unreadable files)%n",
          summary.indexPage(), summary.articlePages(), summary.failedArticles(),
          summary.unreadableFiles());
      return summary.unreadable().isEmpty() ? EXIT_OK : EXIT_UNREADABLE;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("report: cannot write the report: " + firstLine(e));
      return EXIT_NO_INPUT;
    }
  }

  private static String firstLine(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse("");
  }
}
