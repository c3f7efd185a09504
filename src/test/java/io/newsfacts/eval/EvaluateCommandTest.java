package io.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.cli.EvaluateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors of {@code evaluate}: exit 2, one line, no stack trace, no model load. */
class EvaluateCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void missingFolderIsBadUsage() {
    Run r = run("--dates", "/no/such/folder");
    assertEquals(2, r.exit());
    assertEquals("evaluate: no such file or folder: /no/such/folder", r.err().strip());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void noSetIsBadUsage() {
    Run r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--dates"));
  }

  @Test
  void htmlSetWithoutEvaldataIsBadUsage() {
    Run r = run("--html", "/no/such/folder");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("evaldata.json"));
  }

  @Test
  void unknownOptionAndUnknownSystemAreBadUsage() {
    assertEquals(2, run("--nope").exit());
    assertEquals(2, run("--dates", ".", "--systems", "gpt").exit());
    assertEquals(2, run("--dates", ".", "--limit", "-1").exit());
  }

  @Test
  void registeredInTheMainCli() {
    StringWriter err = new StringWriter();
    CommandLine cli = io.newsfacts.cli.NewsFactsCli.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("evaluate", "--entities", "/no/such/file.txt"));
    assertEquals("evaluate: no such file or folder: /no/such/file.txt", err.toString().strip());
  }

  @Test
  void help() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("--entities"));
  }
}
