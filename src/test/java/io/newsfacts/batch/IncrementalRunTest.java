package io.newsfacts.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.Json;
import io.newsfacts.testing.SharedPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun into the same folder redoes only what changed, a run that died resumes to the same output
 * an uninterrupted run gives, and the folder always holds exactly the corpus's articles.
 */
@Tag("models")
class IncrementalRunTest {

  private static final String A = "Officials in Paris said on Monday the talks would resume.";
  private static final String B = "Toyota shares fell 3% in Tokyo on Friday, traders said.";
  private static final String C = "The mayor of Leeds opened the new library on Saturday.";

  private static Manifest run(Path corpus, Path output, BatchOptions options) throws IOException {
    BatchResult result = new BatchRunner(SharedPipeline.get(), options, 0)
        .run(corpus, output, new NoProgress());
    return result.manifest();
  }

  private static Manifest run(Path corpus, Path output) throws IOException {
    return run(corpus, output, options(OutputFormat.JSON));
  }

  private static BatchOptions options(OutputFormat format) {
    return new BatchOptions(2, null, format, IngestOptions.defaults());
  }

  private static Path corpus(Path dir, Map<String, String> articles) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> article : articles.entrySet()) {
      Path file = dir.resolve(article.getKey() + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, article.getValue());
      Files.writeString(dir.resolve(article.getKey() + ".meta.json"),
          "{\"publishedDate\": \"2023-06-02\"}");
    }
    return dir;
  }

  /** Every file under articles/ (and articles.jsonl), by relative path, with its content. */
  private static Map<String, String> outputs(Path output) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path articles = output.resolve("articles");
    if (Files.isDirectory(articles)) {
      try (Stream<Path> walk = Files.walk(articles)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(output.relativize(file).toString(), Files.readString(file));
        }
      }
    }
    Path jsonl = output.resolve("articles.jsonl");
    if (Files.exists(jsonl)) {
      files.put("articles.jsonl", Files.readString(jsonl));
    }
    return files;
  }

  @Test
  void aRerunRedoesOnlyWhatChangedAndRemovesWhatLeftTheCorpus(@TempDir Path tmp)
      throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A, "b", B, "wires/c", C));
    Path output = tmp.resolve("out");
    Manifest first = run(corpus, output);
    assertThat(first.incremental().annotated()).isEqualTo(3);

    Files.writeString(corpus.resolve("a.txt"), A + " A spokesman confirmed it.");
    Files.delete(corpus.resolve("wires/c.txt"));
    Files.delete(corpus.resolve("wires/c.meta.json"));
    corpus(corpus, Map.of("d", C));
    Manifest second = run(corpus, output);

    assertThat(second.incremental().annotated()).isEqualTo(2); // a changed, d new
    assertThat(second.incremental().reused()).isEqualTo(1); // b
    assertThat(second.incremental().removed()).containsExactly("wires/c");
    assertThat(second.articles()).extracting(ManifestEntry::id).containsExactly("a", "b", "d");
    Path fresh = tmp.resolve("fresh");
    run(corpus, fresh);
    assertThat(outputs(output)).isEqualTo(outputs(fresh));
    assertThat(output.resolve("articles/wires")).doesNotExist();
  }

  @Test
  void aRunThatDiedResumesToTheSameOutputAsAnUninterruptedRun(@TempDir Path tmp)
      throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A, "b", B, "c", C));
    Path uninterrupted = tmp.resolve("uninterrupted");
    run(corpus, uninterrupted);

    // What kill -9 after two articles leaves: two files journaled, a torn journal line, a
    // temporary file never renamed, no manifest.
    Path output = tmp.resolve("out");
    run(corpus, output);
    Path journal = output.resolve(".newsfacts/journal.jsonl");
    List<String> lines = Files.readAllLines(journal);
    Files.write(journal, lines.subList(0, 3));
    Files.writeString(journal, "{\"key\":\"12", StandardOpenOption.APPEND);
    Files.delete(output.resolve("articles/c.json"));
    Files.writeString(output.resolve("articles/.c.json.k2j4.tmp"), "{\"id\": \"c\", \"tex");
    Files.delete(output.resolve("manifest.json"));

    Manifest resumed = run(corpus, output);

    assertThat(resumed.incremental().annotated()).isEqualTo(1);
    assertThat(resumed.incremental().reused()).isEqualTo(2);
    assertThat(outputs(output)).isEqualTo(outputs(uninterrupted));
    assertThat(Files.readAllLines(journal)).hasSize(4).allMatch(l -> l.startsWith("{\""));
  }

  @Test
  void jsonlRunsResumeFromTheJournalAndDropTheOtherFormatsFiles(@TempDir Path tmp)
      throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A, "b", B));
    Path output = tmp.resolve("out");
    run(corpus, output); // json first: articles/ to be swept when the format changes
    run(corpus, output, options(OutputFormat.JSONL));
    Manifest again = run(corpus, output, options(OutputFormat.JSONL));

    assertThat(again.incremental().reused()).isEqualTo(2);
    Path fresh = tmp.resolve("fresh");
    run(corpus, fresh, options(OutputFormat.JSONL));
    assertThat(outputs(output)).isEqualTo(outputs(fresh)).containsOnlyKeys("articles.jsonl");
  }

  @Test
  void noResumeRedoesEveryArticle(@TempDir Path tmp) throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A));
    Path output = tmp.resolve("out");
    run(corpus, output);

    Manifest again = run(corpus, output, options(OutputFormat.JSON).withResume(false));

    assertThat(again.incremental().annotated()).isEqualTo(1);
    assertThat(again.incremental().reused()).isZero();
  }

  @Test
  void anArticlePastTheTimeLimitFailsWithItsReasonAndTheBatchEnds(@TempDir Path tmp)
      throws IOException {
    // Articles of a few thousand sentences: a warm pipeline annotates a one-sentence article
    // within the 1 ms limit, and the test must not depend on how fast the machine is.
    String longA = (A + "\n\n").repeat(2_000);
    String longB = (B + "\n\n").repeat(2_000);
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", longA, "b", longB));
    Manifest manifest = run(corpus, tmp.resolve("out"),
        options(OutputFormat.JSON).withArticleTimeout(Duration.ofMillis(1)));

    assertThat(manifest.articles()).allSatisfy(entry -> {
      assertThat(entry.status()).isEqualTo(ManifestEntry.Status.failed);
      assertThat(entry.error()).startsWith("timed out after 0.0 s (--article-timeout) on ")
          .contains("characters of text");
    });
    assertThat(tmp.resolve("out/articles")).satisfiesAnyOf(
        dir -> assertThat(dir).doesNotExist(), dir -> assertThat(dir).isEmptyDirectory());
  }

  @Test
  void outputFilesAreAsReadableAsAnyNewFile(@TempDir Path tmp) throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A));
    Path output = tmp.resolve("out");
    run(corpus, output);
    Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");

    var expected = Files.getPosixFilePermissions(plain);
    assertThat(Files.getPosixFilePermissions(output.resolve("articles/a.json")))
        .isEqualTo(expected);
    assertThat(Files.getPosixFilePermissions(output.resolve("manifest.json"))).isEqualTo(expected);
  }

  /** Keeps the manifest readable as the JSON contract says (a guard for the new section). */
  @Test
  void theManifestNamesWhatTheRunReused(@TempDir Path tmp) throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), Map.of("a", A));
    Path output = tmp.resolve("out");
    run(corpus, output);
    run(corpus, output);

    var node = Json.MAPPER.readTree(output.resolve("manifest.json").toFile());
    assertThat(node.get("incremental").toString())
        .isEqualTo("{\"annotated\":0,\"reused\":1,\"removed\":[]}");
    assertThat(new String(Files.readAllBytes(output.resolve("manifest.json")),
        StandardCharsets.UTF_8)).contains("\"incremental\"");
  }

  private static final class NoProgress implements Progress {
    @Override
    public void articleEnded(boolean ok) {}

    @Override
    public void close() {}
  }
}
