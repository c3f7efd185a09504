package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FineGrainedGazetteerTest {

  private static final String DIR = "io/newsfacts/annotate/";

  @Test
  void rewritesEveryFileOfTheSettingAndKeepsEachFilesOptions() throws IOException {
    String mapping = FineGrainedGazetteer.rewriteAll("ignorecase=true,validpospattern=(NN|JJ).*,"
        + DIR + "tiny-caseless.tab;" + DIR + "tiny-cased.tab");

    String[] files = mapping.split(";");
    assertThat(files).hasSize(2);
    assertThat(files[0]).startsWith("ignorecase=true,validpospattern=(NN|JJ).*,");
    Path caseless = Path.of(files[0].substring(files[0].lastIndexOf(',') + 1));
    Path cased = Path.of(files[1]);
    assertThat(Files.readAllLines(caseless)).containsExactly(
        "( \"u.s.\" )\tCOUNTRY\tLOCATION\t1",
        "paris\tCITY\tLOCATION\t1");
    assertThat(Files.readAllLines(cased)).containsExactly(
        "( \"Calif\" )\tSTATE_OR_PROVINCE\tLOCATION\t1",
        "( \"Calif.\" )\tSTATE_OR_PROVINCE\tLOCATION\t1");
  }

  @Test
  void aMissingListIsNamedInTheError() {
    assertThatThrownBy(() -> FineGrainedGazetteer.rewriteAll(DIR + "no-such-list.tab"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no-such-list.tab")
        .hasMessageContaining("models jar");
  }
}
