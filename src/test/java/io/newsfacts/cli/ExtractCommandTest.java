package io.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.Json;
import io.newsfacts.output.SchemaValidator;
import io.newsfacts.testing.SharedPipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int extract(boolean models, String... args) {
    ExtractCommand command = new ExtractCommand(models ? SharedPipeline::get : () -> {
      throw new AssertionError("models must not load for this case");
    });
    CommandLine cli = NewsFactsCli.configure(new CommandLine(command));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void missingCorpusFolderIsUsageErrorInOneLine(@TempDir Path tmp) {
    int code = extract(false, tmp.resolve("nope").toString(), "-o", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip().lines()).singleElement().asString()
        .contains("corpus folder not found").contains("nope");
  }

  @Test
  void corpusFolderWithoutArticlesIsUsageErrorThatLeavesEarlierOutput(@TempDir Path tmp)
      throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("notes.md"), "Not an article.");
    Path earlier = Files.createDirectories(tmp.resolve("out/articles")).resolve("a.json");
    Files.writeString(earlier, "{}");
    int code = extract(false, corpus.toString(), "-o", tmp.resolve("out").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip().lines()).singleElement().asString()
        .contains("no articles in " + corpus).contains(".txt");
    assertThat(earlier).exists();
  }

  @Test
  void badPublishedDateIsUsageError(@TempDir Path tmp) {
    int code = extract(false, tmp.toString(), "--published-date", "yesterday");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--published-date").doesNotContain("\tat ");
  }

  @Test
  void pipelineThatCannotBeBuiltIsOneLineAndExitThree(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Text.");
    ExtractCommand command = new ExtractCommand(() -> {
      throw new java.io.UncheckedIOException("cannot prepare the fine-grained NER gazetteer in /x",
          new java.io.IOException("read-only"));
    });
    CommandLine cli = NewsFactsCli.configure(new CommandLine(command));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute(corpus.toString(), "-o", tmp.resolve("out").toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("cannot load the pipeline: cannot prepare the fine-grained")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownFormatIsUsageError(@TempDir Path tmp) {
    assertThat(extract(false, tmp.toString(), "--format", "xml")).isEqualTo(2);
  }

  @Test
  void versionNamesTheTool() {
    CommandLine cli = NewsFactsCli.commandLine();
    StringWriter version = new StringWriter();
    cli.setOut(new PrintWriter(version, true));
    assertThat(cli.execute("--version")).isZero();
    assertThat(version.toString()).startsWith("newsfacts ");
  }

  @Test
  @Tag("models")
  void manifestAndSummaryLineCountAttributions(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("ferry.txt"), "The harbour board said the ferry would resume "
        + "on Monday. According to the union, the crews were never consulted.\n");
    Files.writeString(corpus.resolve("quiet.txt"), "Rain fell on Lisbon on Monday.\n");
    Path output = tmp.resolve("out");

    assertThat(extract(true, corpus.toString(), "-o", output.toString(), "--no-report",
        "--published-date", "2024-01-15")).isZero();

    Manifest manifest = Json.MAPPER.readValue(output.resolve("manifest.json").toFile(),
        Manifest.class);
    Map<String, Integer> byFile = manifest.articles().stream()
        .collect(Collectors.toMap(ManifestEntry::file, ManifestEntry::attributions));
    ArticleFacts ferry = Json.MAPPER.readValue(output.resolve("articles/ferry.json").toFile(),
        ArticleFacts.class);
    assertThat(byFile.get("corpus/ferry.txt")).isEqualTo(ferry.attributions().size())
        .isGreaterThanOrEqualTo(2);
    assertThat(byFile.get("corpus/quiet.txt")).isZero();
    assertThat(manifest.summary().attributions()).isEqualTo(ferry.attributions().size());
    assertThat(out.toString()).contains(manifest.summary().attributions() + " attributions;");
    assertThat(SchemaValidator.forManifest().problems(output.resolve("manifest.json"))).isEmpty();
  }

  @Test
  @Tag("models")
  void oneBadArticleNeverStopsTheBatch(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("good.txt"), "Officials in Lisbon met on Monday.\n");
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
    Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 in M\u00fcnchen".getBytes(
        StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("big.txt"), "word ".repeat(1000));
    Files.writeString(corpus.resolve("nobody.html"), "<html><body><nav>Home</nav></body></html>");
    Files.writeString(corpus.resolve("feed.jsonl"),
        "{\"id\": \"feed/one\", \"text\": \"Rome hosted the talks.\"}\n{not json\n");
    Path output = tmp.resolve("out");

    int code = extract(true, corpus.toString(), "-o", output.toString(), "--threads", "2",
        "--max-article-bytes", "2000", "--published-date", "2024-01-15");

    assertThat(code).isEqualTo(1);
    Manifest manifest = Json.MAPPER.readValue(output.resolve("manifest.json").toFile(),
        Manifest.class);
    Map<String, ManifestEntry> byFile = manifest.articles().stream()
        .collect(Collectors.toMap(ManifestEntry::file, e -> e));
    assertThat(byFile.get("corpus/good.txt").status()).isEqualTo(ManifestEntry.Status.ok);
    assertThat(byFile.get("corpus/feed.jsonl:1").status()).isEqualTo(ManifestEntry.Status.ok);
    assertThat(byFile.get("corpus/empty.txt").error()).contains("empty");
    assertThat(byFile.get("corpus/binary.txt").error()).contains("binary");
    assertThat(byFile.get("corpus/latin1.txt").error()).contains("UTF-8");
    assertThat(byFile.get("corpus/big.txt").error()).contains("too large");
    assertThat(byFile.get("corpus/nobody.html").error()).contains("no article text");
    assertThat(byFile.get("corpus/feed.jsonl:2").error()).contains("malformed JSON");
    assertThat(manifest.summary().ok()).isEqualTo(2);
    assertThat(manifest.summary().failed()).isEqualTo(6);

    String stderr = err.toString();
    assertThat(stderr).contains("failed: corpus/latin1.txt").doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(SchemaValidator.forManifest().problems(output.resolve("manifest.json"))).isEmpty();
    Path good = output.resolve("articles/good.json");
    assertThat(SchemaValidator.forArticles().problems(good)).isEmpty();
    ArticleFacts facts = Json.MAPPER.readValue(good.toFile(), ArticleFacts.class);
    assertThat(facts.publishedDate()).hasToString("2024-01-15");
    assertThat(Files.exists(output.resolve("report/index.html"))).isTrue();
  }

  @Test
  @Tag("models")
  void aRerunThatReusesEveryArticleLoadsNoModels(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Officials in Lisbon met on Monday.\n");
    Path output = tmp.resolve("out");
    assertThat(extract(true, corpus.toString(), "-o", output.toString())).isZero();
    String first = Files.readString(output.resolve("articles/a.json"));

    assertThat(extract(false, corpus.toString(), "-o", output.toString())).isZero();

    assertThat(out.toString()).contains("0 annotated, 1 unchanged since the last run (reused)");
    assertThat(Files.readString(output.resolve("articles/a.json"))).isEqualTo(first);
    Manifest manifest = Json.MAPPER.readValue(output.resolve("manifest.json").toFile(),
        Manifest.class);
    assertThat(manifest.timing().setupSeconds()).isZero();
  }

  @Test
  @Tag("models")
  void jsonlFormatWritesOneLinePerArticleInCorpusOrder(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("b.txt"), "Berlin is busy.\n");
    Files.writeString(corpus.resolve("a.txt"), "Athens is warm.\n");
    Path output = tmp.resolve("out");

    assertThat(extract(true, corpus.toString(), "-o", output.toString(), "--format", "jsonl"))
        .isZero();

    var lines = Files.readAllLines(output.resolve("articles.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"schemaVersion\":\"1.1\",\"id\":\"a\"");
    assertThat(SchemaValidator.forArticles().problems(Json.MAPPER.readTree(lines.get(1)))).isEmpty();
  }
}
