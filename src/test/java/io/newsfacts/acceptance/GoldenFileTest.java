package io.newsfacts.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.batch.BatchOptions;
import io.newsfacts.batch.BatchRunner;
import io.newsfacts.batch.OutputFormat;
import io.newsfacts.batch.Progress;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.output.SchemaValidator;
import io.newsfacts.testing.SharedPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article's whole output, held against a reviewed golden file: any change to what the
 * pipeline finds shows up here as a diff. Regenerate deliberately with
 * {@code mvn test -Dtest=GoldenFileTest -Dnewsfacts.updateGolden=true} and review the diff.
 */
@Tag("models")
class GoldenFileTest {

  private static final String SEED = "us-japan-south-korea-missile-warning-data";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/" + SEED + ".json");

  private static Path runBatch(Path out) throws Exception {
    Path corpus = Files.createDirectories(out.resolve("corpus"));
    for (String name : new String[] {SEED + ".txt", SEED + ".meta.json"}) {
      Files.copy(Path.of("corpus", name), corpus.resolve(name));
    }
    BatchOptions options = new BatchOptions(2, null, OutputFormat.JSON, IngestOptions.defaults());
    try (Progress progress = Progress.forStderr(-1)) {
      new BatchRunner(SharedPipeline.get(), options, 0).run(corpus, out.resolve("out"), progress);
    }
    return out.resolve("out/articles/" + SEED + ".json");
  }

  @Test
  void seedArticleOutputMatchesGoldenFile(@TempDir Path tmp) throws Exception {
    Path written = runBatch(tmp);
    assertThat(SchemaValidator.forArticles().problems(written)).isEmpty();
    if (Boolean.getBoolean("newsfacts.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.copy(written, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(written)).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void sameInputGivesByteIdenticalOutput(@TempDir Path tmp) throws Exception {
    byte[] first = Files.readAllBytes(runBatch(tmp.resolve("1")));
    byte[] second = Files.readAllBytes(runBatch(tmp.resolve("2")));
    assertThat(second).isEqualTo(first);
  }
}
