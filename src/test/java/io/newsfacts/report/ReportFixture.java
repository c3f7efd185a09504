package io.newsfacts.report;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The fixture batch output under src/test/resources/report-fixture, copied where a test may write. */
final class ReportFixture {

  static final Path FIXTURE = Path.of("src/test/resources/report-fixture");
  static final String SEED_ID = "us-japan-south-korea-missile-warning-data";
  static final String HOSTILE_ID = "asia/hostile-sample";

  private ReportFixture() {}

  /** Copies the fixture output folder into {@code target} and returns it. */
  static Path copyTo(Path target) {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(FIXTURE.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArticleFacts read(Path outputDir, String id) {
    try {
      return Json.MAPPER.readValue(outputDir.resolve("articles").resolve(id + ".json").toFile(),
          ArticleFacts.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The code points [start, end) of text: what a mark must cover. */
  static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }
}
