package io.newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.batch.BatchOptions;
import io.newsfacts.batch.BatchResult;
import io.newsfacts.batch.BatchRunner;
import io.newsfacts.batch.OutputFormat;
import io.newsfacts.batch.Progress;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.Json;
import io.newsfacts.testing.SharedPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] writes, for every article, exactly what the local batch writes. */
class SparkJobTest {

  private static final Path CORPUS = Path.of("corpus");
  /** Small partitions, so that each corpus here is cut into several. */
  private static final int ARTICLES_PER_PARTITION = 2;

  @TempDir
  Path temp;

  @Test
  void everyArticleRecordEqualsTheLocalBatchsFieldForField() throws IOException {
    Map<String, String> local = localRecords(CORPUS, temp.resolve("local"));
    SparkSummary summary = runSpark(CORPUS, temp.resolve("spark"));

    assertTrue(!local.isEmpty(), "the corpus has articles");
    assertEquals(local, sparkRecords(temp.resolve("spark")));
    assertEquals(local.size(), summary.summary().ok());
    assertEquals(0, summary.summary().failed());
  }

  @Test
  void badFilesAreFailedRecordsWithTheLocalReasonsAndTheRestIsDone() throws IOException {
    Path corpus = temp.resolve("mixed");
    copySeedInto(corpus.resolve("news"));
    write(corpus.resolve("news/broken.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, '(', '\n'});
    write(corpus.resolve("news/bad-sidecar.txt"), "Officials met in Brussels on Monday.\n");
    write(corpus.resolve("news/bad-sidecar.meta.json"), "{\"publishedDate\": \"last week\"}");
    write(corpus.resolve("news/orphan.txt.meta.json"), "{\"publishedDate\": \"2024-03-01\"}");
    write(corpus.resolve("feed.jsonl"), String.join("\n",
        "{\"id\": \"feed/ok\", \"text\": \"Officials met in Seoul on Friday.\","
            + " \"publishedDate\": \"2024-03-01\"}",
        "{\"id\": \"feed/no-text\"}",
        "not json",
        "{\"id\": \"feed/ok\", \"text\": \"The same id again.\"}") + "\n");

    BatchResult localRun = runLocal(corpus, temp.resolve("local"));
    SparkSummary summary = runSpark(corpus, temp.resolve("spark"));

    List<ArticleFailure> localFailures = localRun.failures().stream()
        .map(e -> new ArticleFailure(e.id(), e.file(), e.error())).toList();
    assertEquals(6, localFailures.size(), localFailures::toString);
    assertEquals(localFailures, summary.failures());
    assertEquals(localFailures, failureLines(temp.resolve("spark")));
    assertEquals(localRun.manifest().summary(), summary.summary());
    Map<String, String> done = sparkRecords(temp.resolve("spark"));
    assertEquals(localRecords(localRun, temp.resolve("local")), done);
    assertEquals(List.of("feed/ok", "news/us-japan-south-korea-missile-warning-data"),
        List.copyOf(done.keySet()));
  }

  // ---- running both ----

  private static SparkSummary runSpark(Path corpus, Path output) throws IOException {
    JobOptions options = new JobOptions(corpus.toAbsolutePath().toUri().toString(),
        output.toAbsolutePath().toUri().toString(), PipelineConfig.defaults(), null, 0,
        ARTICLES_PER_PARTITION, IngestOptions.DEFAULT_MAX_ARTICLE_BYTES);
    return new SparkExtraction(LocalSpark.get(), options).run();
  }

  private static BatchResult runLocal(Path corpus, Path output) throws IOException {
    BatchOptions options =
        new BatchOptions(2, null, OutputFormat.JSON, IngestOptions.defaults());
    try (Progress quiet = new Quiet()) {
      return new BatchRunner(SharedPipeline.get(), options, 0).run(corpus, output, quiet);
    }
  }

  static Map<String, String> localRecords(Path corpus, Path output) throws IOException {
    return localRecords(runLocal(corpus, output), output);
  }

  // ---- reading both the same way: parse into ArticleFacts, write Json.COMPACT ----

  /** The local batch's article files by id, each in canonical one-line JSON. */
  private static Map<String, String> localRecords(BatchResult run, Path output)
      throws IOException {
    Map<String, String> records = new TreeMap<>();
    for (ManifestEntry entry : run.manifest().articles()) {
      if (entry.status() == ManifestEntry.Status.ok) {
        records.put(entry.id(), canonical(Files.readString(Path.of(entry.output()))));
      }
    }
    return records;
  }

  /** The Spark job's article lines by id, each in canonical one-line JSON. */
  static Map<String, String> sparkRecords(Path output) throws IOException {
    Map<String, String> records = new TreeMap<>();
    for (String line : lines(output.resolve(SparkExtraction.ARTICLES))) {
      String id = Json.MAPPER.readTree(line).get("id").asText();
      assertEquals(null, records.put(id, canonical(line)), "one line per article: " + id);
    }
    return records;
  }

  private static List<ArticleFailure> failureLines(Path output) throws IOException {
    List<ArticleFailure> failures = new ArrayList<>();
    for (String line : lines(output.resolve(SparkExtraction.FAILURES))) {
      JsonNode node = Json.MAPPER.readTree(line);
      assertEquals(List.of("id", "file", "error"), fieldNames(node));
      failures.add(Json.MAPPER.treeToValue(node, ArticleFailure.class));
    }
    return failures;
  }

  private static String canonical(String json) throws IOException {
    return Json.COMPACT.writeValueAsString(Json.MAPPER.readValue(json, ArticleFacts.class));
  }

  /** All lines of a Spark output folder, part files in order; committed output has a _SUCCESS. */
  private static List<String> lines(Path folder) throws IOException {
    assertTrue(Files.exists(folder.resolve("_SUCCESS")), "committed: " + folder);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---- corpus files ----

  /** The one good article of the mixed corpus: the seed with its sidecar. */
  private static void copySeedInto(Path target) throws IOException {
    Files.createDirectories(target);
    for (String name : List.of("us-japan-south-korea-missile-warning-data.txt",
        "us-japan-south-korea-missile-warning-data.meta.json")) {
      Files.copy(CORPUS.resolve(name), target.resolve(name));
    }
  }

  private static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static final class Quiet implements Progress {
    @Override
    public void articleEnded(boolean ok) {}

    @Override
    public void close() {}
  }
}
