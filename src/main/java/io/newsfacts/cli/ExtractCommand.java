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
import io.newsfacts.ingest.PublishedDates;
import io.newsfacts.model.ManifestEntry;
import io.newsfacts.output.OutputException;
import io.newsfacts.output.OutputFolder;
import io.newsfacts.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * done, 1 when some failed (each listed on stderr), 2 for bad usage, 3 when the pipeline cannot be
 * built, 4 when the output folder cannot be used (checked before the models load) or the report
 * cannot be written.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts entities, dates and quotations from every article under CORPUS.")
public final class ExtractCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_SOME_FAILED = 1;
  /** The pipeline could not be built: nothing was processed. */
  static final int EXIT_CANNOT_RUN = 3;
  /** The output folder is unusable or locked by another batch, or the report failed. */
  static final int EXIT_OUTPUT = 4;

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

  @Option(names = "--resume", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Reuse the output of articles an earlier run into the same folder already did "
          + "and that have not changed since (default: on; --no-resume redoes every article).")
  boolean resume;

  @Option(names = "--article-timeout", defaultValue = "300", paramLabel = "SECONDS",
      description = "An article still annotating after this long fails and the batch goes on; "
          + "0 for no limit (default: ${DEFAULT-VALUE}).")
  double articleTimeoutSeconds;

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
    if (output.toAbsolutePath().normalize().startsWith(corpus.toRealPath())) {
      err.println("extract: output folder " + output + " is inside the corpus folder " + corpus
          + ": the next run would read its articles.jsonl as input; choose another -o");
      return NewsFactsCli.EXIT_USAGE;
    }
    if (maxArticleBytes <= 0 || maxRawBytes <= 0 || (threads != null && threads < 1)) {
      err.println("extract: --threads, --max-article-bytes and --max-raw-bytes must be positive");
      return NewsFactsCli.EXIT_USAGE;
    }
    if (publishedDate != null && (publishedDate.isBefore(PublishedDates.EARLIEST)
        || publishedDate.isAfter(PublishedDates.LATEST))) {
      err.println("extract: --published-date " + publishedDate + " is outside the years "
          + PublishedDates.EARLIEST.getYear() + " to " + PublishedDates.LATEST.getYear());
      return NewsFactsCli.EXIT_USAGE;
    }
    if (!(articleTimeoutSeconds >= 0) || articleTimeoutSeconds > Duration.ofDays(365).toSeconds()) {
      err.println("extract: --article-timeout must be 0 (no limit) or a number of seconds");
      return NewsFactsCli.EXIT_USAGE;
    }
    BatchOptions options = new BatchOptions(
        threads != null ? threads : Runtime.getRuntime().availableProcessors(),
        publishedDate, format, new IngestOptions(maxArticleBytes,
            Math.max(maxRawBytes, maxArticleBytes)), resume,
        Duration.ofMillis(Math.round(articleTimeoutSeconds * 1000)));
    long articles = new CorpusReader(options.ingest()).countArticles(corpus);
    if (articles == 0) {
      // an empty run would also remove every earlier output in -o as no longer in the corpus
      err.println("extract: no articles in " + corpus + ": it holds no .txt, .html or .jsonl "
          + "file (other files are ignored)");
      return NewsFactsCli.EXIT_USAGE;
    }
    // Checked and locked before the models load: a wrong -o costs a second, not a whole batch.
    try (OutputFolder folder = OutputFolder.claim(output)) {
      return run(options, folder, articles, err);
    } catch (OutputException e) {
      err.println("extract: " + e.getMessage());
      return EXIT_OUTPUT;
    } catch (IOException | UncheckedIOException e) {
      err.println("extract: cannot write to output folder " + output + ": " + e.getMessage());
      return EXIT_OUTPUT;
    }
  }

  private int run(BatchOptions options, OutputFolder folder, long articles, PrintWriter err)
      throws IOException {
    // Loaded when the first article needs it: a rerun that reuses every article loads no models.
    BatchRunner batch = BatchRunner.loadingOnDemand(() -> {
      err.println("extract: loading CoreNLP models (10-30 s)...");
      return pipeline.get();
    }, options);
    BatchResult result;
    try (Progress progress = Progress.forStderr(articles)) {
      result = batch.run(corpus, folder, progress);
    } catch (IngestException e) {
      err.println("extract: " + e.getMessage());
      return NewsFactsCli.EXIT_USAGE;
    } catch (RuntimeException e) {
      if (BatchRunner.isPipelineUnavailable(e)) {
        err.println("extract: cannot load the pipeline: " + e.getMessage());
        return EXIT_CANNOT_RUN;
      }
      throw e;
    }
    for (ManifestEntry failure : result.failures()) {
      err.println("failed: " + failure.file() + ": " + failure.error());
    }
    boolean reportWritten = writeReport(err);
    var summary = result.manifest().summary();
    var timing = result.manifest().timing();
    spec.commandLine().getOut().printf(
        "%d articles: %d ok, %d failed; %d entities, %d dates, %d quotes, %d attributions; %.1f s "
            + "(%.2f articles/s, %.0f tokens/s) -> %s%n",
        summary.articles(), summary.ok(), summary.failed(), summary.entities(), summary.dates(),
        summary.quotes(), summary.attributions(), timing.wallSeconds(), timing.articlesPerSecond(),
        timing.tokensPerSecond(), output.resolve("manifest.json"));
    var incremental = result.manifest().incremental();
    if (incremental.reused() > 0 || !incremental.removed().isEmpty()) {
      spec.commandLine().getOut().printf("%d annotated, %d unchanged since the last run (reused), "
          + "%d outputs of articles no longer in the corpus removed%n", incremental.annotated(),
          incremental.reused(), incremental.removed().size());
    }
    if (!reportWritten) {
      return EXIT_OUTPUT;
    }
    return result.allOk() ? EXIT_OK : EXIT_SOME_FAILED;
  }

  /** False when the report was due and could not be written (the JSON output is complete). */
  private boolean writeReport(PrintWriter err) {
    if (!report || format == OutputFormat.JSONL) {
      return true;
    }
    try {
      new ReportWriter().write(output);
      return true;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      Throwable cause =
          e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      err.println("extract: the report could not be written to " + output.resolve("report")
          + ": " + cause.getMessage() + " (the articles and manifest are complete; rerun "
          + "'newsfacts report " + output + "' once there is room)");
      return false;
    }
  }
}
