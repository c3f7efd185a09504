package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FineGrainedGazetteerTest {

  private static final String DIR = "io/newsfacts/annotate/";

  @Test
  void rewritesEveryFileOfTheSettingAndKeepsEachFilesOptions() throws IOException {
    try (FineGrainedGazetteer gazetteer = FineGrainedGazetteer.rewriteAll(
        "ignorecase=true,validpospattern=(NN|JJ).*," + DIR + "tiny-caseless.tab;" + DIR
            + "tiny-cased.tab")) {
      assertRewritten(gazetteer.mapping().split(";"));
    }
  }

  private static void assertRewritten(String[] files) throws IOException {
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
  void closingDeletesTheRewrittenFiles() throws IOException {
    FineGrainedGazetteer gazetteer = FineGrainedGazetteer.rewriteAll(DIR + "tiny-cased.tab");
    Path file = Path.of(gazetteer.mapping());
    assertThat(file).exists();

    gazetteer.close();

    assertThat(file).doesNotExist();
    assertThat(file.getParent()).doesNotExist();
  }

  @Test
  void removesWhatKilledRunsLeftButNotWhatLiveOnesUse(@TempDir Path tmp) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path leftover =
        Files.createDirectories(tmp.resolve("newsfacts-gazetteer-" + gone.pid() + "-1"));
    Files.writeString(leftover.resolve("0-list.tab"), "paris\tCITY\n");
    Path live = Files.createDirectories(
        tmp.resolve("newsfacts-gazetteer-" + ProcessHandle.current().pid() + "-2"));
    Path unrelated = Files.createDirectories(tmp.resolve("someone-else-3"));

    FineGrainedGazetteer.removeLeftovers(tmp);

    assertThat(leftover).doesNotExist();
    assertThat(live).exists();
    assertThat(unrelated).exists();
  }

  @Test
  void removesCopiesOfOlderVersionsOnceAnHourOld(@TempDir Path tmp) throws Exception {
    Path old = Files.createDirectories(tmp.resolve("newsfacts-gazetteer4083940048631819510"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path loading = Files.createDirectories(tmp.resolve("newsfacts-gazetteer5430858557235927319"));

    FineGrainedGazetteer.removeLeftovers(tmp);

    assertThat(old).doesNotExist();
    assertThat(loading).exists();
  }

  @Test
  void aMissingListIsNamedInTheError() {
    assertThatThrownBy(() -> FineGrainedGazetteer.rewriteAll(DIR + "no-such-list.tab"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no-such-list.tab")
        .hasMessageContaining("models jar");
  }
}
