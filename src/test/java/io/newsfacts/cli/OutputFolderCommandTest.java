package io.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.output.OutputFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A folder that cannot take the output is refused before any model loads, with exit code 4. */
class OutputFolderCommandTest {

  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private String corpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Text.");
    return corpus.toString();
  }

  private int extract(String... args) {
    ExtractCommand command = new ExtractCommand(() -> {
      throw new AssertionError("models must not load when the output folder is unusable");
    });
    CommandLine cli = NewsFactsCli.configure(new CommandLine(command));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void outputThatIsAFileFailsBeforeTheModelsLoad() throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "not a folder");

    assertThat(extract(corpus(), "-o", file.toString())).isEqualTo(4);
    assertThat(err.toString()).contains("out.txt is a file, not a folder").doesNotContain("\tat ");
  }

  @Test
  void outputBelowAFileFailsBeforeTheModelsLoad() throws Exception {
    Path file = Files.writeString(tmp.resolve("out.txt"), "not a folder");

    assertThat(extract(corpus(), "-o", file.resolve("sub").toString())).isEqualTo(4);
    assertThat(err.toString()).contains("cannot create output folder").contains("sub");
  }

  @Test
  void aSecondBatchIntoALockedFolderIsRefused() throws Exception {
    Path output = tmp.resolve("out");
    try (OutputFolder first = OutputFolder.claim(output)) {
      assertThat(extract(corpus(), "-o", output.toString())).isEqualTo(4);
    }
    assertThat(err.toString()).contains("is in use by another NewsFacts batch")
        .contains("pid " + ProcessHandle.current().pid());
    assertThat(output.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void theLockIsFreeAgainOnceTheFirstBatchEnds() throws Exception {
    Path output = tmp.resolve("out");
    OutputFolder.claim(output).close();
    try (OutputFolder again = OutputFolder.claim(output)) {
      assertThat(again.stateDir()).isDirectory();
    }
  }

  @Test
  void outputInsideTheCorpusIsUsageError() throws Exception {
    String corpus = corpus();

    assertThat(extract(corpus, "-o", Path.of(corpus, "out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is inside the corpus folder");
    assertThat(Path.of(corpus, "out")).doesNotExist();
  }

  @Test
  void badArticleTimeoutIsUsageError() throws Exception {
    assertThat(extract(corpus(), "--article-timeout", "-3")).isEqualTo(2);
    assertThat(err.toString()).contains("--article-timeout");
  }
}
