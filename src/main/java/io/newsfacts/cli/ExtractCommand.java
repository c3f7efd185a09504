package io.newsfacts.cli;

import io.newsfacts.NewsFacts;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.batch.BatchOptions;
import io.newsfacts.batch.BatchResult;
import io.newsfacts.batch.BatchRunner;
import io.newsfacts.batch.OutputFormat;
import io.newsfacts.batch.Progress;
import io.newsfacts.ingest.CorpusReader;
import io.newsfacts.ingest.IngestException;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts extract CORPUS -o OUTPUT}: the batch job. Exit code 0 when every article was
 * done, 1 when some failed (each listed on stderr), 2 for bad usage.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts entities, dates and quotations from every article under CORPUS.")
public final class ExtractCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_SOME_FAILED = 1;
  /** The pipeline could not be built: nothing was processed. */
  static final int EXIT_CANNOT_RUN = 3;

  @Parameters(index = "0", paramLabel = "CORPUS",
      description = "Folder of .txt, .html/.htm and .jsonl articles, walked recursively.")
  Path corpus;

  @Option(names = {"-o", "--output"}, defaultValue = "output", paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads sharing one pipeline (default: all cores).")
  Integer threads;

  @Option(names = "--published-date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none of their own.")
  LocalDate publishedDate;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl",
      description = "json: output/articles/<id>.json each; jsonl: output/articles.jsonl "
          + "(default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--max-article-bytes", defaultValue = "1000000", paramLabel = "BYTES",
      description = "Articles whose text (for HTML: the extracted text) is larger than this fail "
          + "(default: ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  @Option(names = "--max-raw-bytes", defaultValue = "32000000", paramLabel = "BYTES",
      description = "Safety cap on what is read at all: an .html file or JSONL line larger than "
          + "this fails unread (default: ${DEFAULT-VALUE}).")
  long maxRawBytes;

  @Option(names = "--report", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Write the HTML report to OUTPUT/report (default: on; not with jsonl).")
  boolean report;

  @Spec
  CommandSpec spec;

  /** Builds the pipeline; tests hand in the one their JVM already loaded. */
  private final Supplier<NewsFacts> pipeline;

  public ExtractCommand() {
    this(() -> NewsFacts.create(PipelineConfig.defaults()));
  }

  ExtractCommand(Supplier<NewsFacts> pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("extract: corpus folder not found: " + corpus);
      return NewsFactsCli.EXIT_USAGE;
    }
    if (maxArticleBytes <= 0 || maxRawBytes <= 0 || (threads != null && threads < 1)) {
      err.println("extract: --threads, --max-article-bytes and --max-raw-bytes must be positive");
      return NewsFactsCli.EXIT_USAGE;
    }
    BatchOptions options = new BatchOptions(
        threads != null ? threads : Runtime.getRuntime().availableProcessors(),
        publishedDate, format, new IngestOptions(maxArticleBytes,
            Math.max(maxRawBytes, maxArticleBytes)));

    long loadStart = System.nanoTime();
    err.println("extract: loading CoreNLP models (10-30 s)...");
    NewsFacts newsFacts;
    try {
      newsFacts = pipeline.get();
    } catch (UncheckedIOException e) {
      err.println("extract: cannot load the pipeline: " + e.getMessage());
      return EXIT_CANNOT_RUN;
    }
    double setupSeconds = (System.nanoTime() - loadStart) / 1e9;

    BatchResult result;
    try (Progress progress = Progress.forStderr(
        new CorpusReader(options.ingest()).countArticles(corpus))) {
      result = new BatchRunner(newsFacts, options, setupSeconds).run(corpus, output, progress);
    } catch (IngestException e) {
      err.println("extract: " + e.getMessage());
      return NewsFactsCli.EXIT_USAGE;
    }
    for (ManifestEntry failure : result.failures()) {
      err.println("failed: " + failure.file() + ": " + failure.error());
    }
    writeReport(err);
    var summary = result.manifest().summary();
    var timing = result.manifest().timing();
    spec.commandLine().getOut().printf(
        "%d articles: %d ok, %d failed; %d entities, %d dates, %d quotes; %.1f s (%.2f articles/s, "
            + "%.0f tokens/s) -> %s%n",
        summary.articles(), summary.ok(), summary.failed(), summary.entities(), summary.dates(),
        summary.quotes(), timing.wallSeconds(), timing.articlesPerSecond(),
        timing.tokensPerSecond(), output.resolve("manifest.json"));
    return result.allOk() ? EXIT_OK : EXIT_SOME_FAILED;
  }

  private void writeReport(PrintWriter err) {
    if (!report || format == OutputFormat.JSONL) {
      return;
    }
    try {
      new ReportWriter().write(output);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("extract: the report could not be written: " + e.getMessage());
    }
  }
}
