package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new ReportCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void writesReportOfOutputFolderAndReturnsZero(@TempDir Path tmp) throws IOException {
    Path fixture = Path.of("src/test/resources/report-fixture");
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = tmp.resolve(fixture.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertEquals(0, run(tmp.toString()));
    assertTrue(Files.isRegularFile(tmp.resolve("report/index.html")));
    assertTrue(out.toString().contains("3 article pages, 1 failed"), out.toString());
  }

  @Test
  void corruptArticleJsonIsNamedAndExitsOne(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("articles/wires"));
    Files.writeString(tmp.resolve("articles/wires/torn.json"),
        "{\"id\": \"torn\", \"text\": \"Hal");

    assertEquals(1, run(tmp.toString()));
    assertTrue(err.toString().startsWith("unreadable: articles/wires/torn.json: "), err.toString());
    assertTrue(out.toString().contains("0 article pages, 0 failed articles, 1 unreadable files"),
        out.toString());
  }

  @Test
  void returnsTwoWithOneLineErrorWhenFolderIsMissing(@TempDir Path tmp) {
    assertEquals(2, run(tmp.resolve("nope").toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("report: no such folder"));
  }

  @Test
  void returnsTwoWhenArticlesAreMissing(@TempDir Path tmp) {
    assertEquals(2, run(tmp.toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("no articles folder"));
  }

  @Test
  void printsUsageForHelp() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("report"));
  }
}
