package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @Test
  void summarisesWhatItWrote(@TempDir Path tmp) {
    Path output = ReportFixture.copyTo(tmp);
    ReportSummary summary = new ReportWriter().write(output);
    assertEquals(output.resolve("report/index.html"), summary.indexPage());
    assertEquals(new ReportSummary(output.resolve("report/index.html"), 3, 1, 0, 25, 13, 8, 7,
        java.util.List.of()), summary);
  }

  @Test
  void writesTheSameBytesForTheSameInput(@TempDir Path tmp) throws IOException {
    Path first = ReportFixture.copyTo(tmp.resolve("a"));
    Path second = ReportFixture.copyTo(tmp.resolve("b"));
    new ReportWriter().write(first);
    new ReportWriter().write(second);
    List<Path> files = reportFiles(first);
    assertEquals(files, reportFiles(second));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve("report").resolve(file)),
          Files.readAllBytes(second.resolve("report").resolve(file)), file.toString());
    }
  }

  @Test
  void keepsFilesInReportItDidNotWrite(@TempDir Path tmp) throws IOException {
    Path output = ReportFixture.copyTo(tmp);
    Path notes = output.resolve("report/notes.txt");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, "mine");
    new ReportWriter().write(output);
    assertEquals("mine", Files.readString(notes));
  }

  @Test
  void listsUnreadableArticleFileInsteadOfStopping(@TempDir Path tmp) throws IOException {
    Path output = ReportFixture.copyTo(tmp);
    Files.writeString(output.resolve("articles/zz-broken.json"), "{ not json");
    ReportSummary summary = new ReportWriter().write(output);
    assertEquals(3, summary.articlePages());
    assertEquals(1, summary.unreadableFiles());
  }

  @Test
  void listsArticleJsonWithoutTextAsUnreadable(@TempDir Path tmp) throws IOException {
    Path output = ReportFixture.copyTo(tmp);
    // an article JSON with no text has nothing to lay its marks on
    Files.writeString(output.resolve("articles/zz-no-text.json"),
        "{\"schemaVersion\": \"1.1\", \"id\": \"zz-no-text\", \"entities\": [], \"dates\": [],"
            + " \"quotes\": [{\"id\": \"Q1\", \"text\": \"x\", \"start\": 0, \"end\": 1}]}");
    ReportSummary summary = new ReportWriter().write(output);
    assertEquals(3, summary.articlePages());
    assertEquals(1, summary.unreadableFiles());
    assertEquals(true, summary.unreadable().get(0).startsWith("articles/zz-no-text.json: "),
        summary.unreadable().toString());
  }

  @Test
  void worksWithoutManifest(@TempDir Path tmp) throws IOException {
    Path output = ReportFixture.copyTo(tmp);
    Files.delete(output.resolve("manifest.json"));
    ReportSummary summary = new ReportWriter().write(output);
    assertEquals(3, summary.articlePages());
    assertEquals(0, summary.failedArticles());
  }

  @Test
  void rejectsFolderWithoutArticles(@TempDir Path tmp) {
    assertThrows(IllegalArgumentException.class, () -> new ReportWriter().write(tmp));
  }

  private static List<Path> reportFiles(Path output) throws IOException {
    Path report = output.resolve("report");
    try (Stream<Path> files = Files.walk(report)) {
      return files.filter(Files::isRegularFile).map(report::relativize).sorted().toList();
    }
  }
}
