package io.newsfacts.spark;

import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.ingest.IngestOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} entry point. The master, executor memory and cores come from
 * spark-submit (or {@code -Dspark.master=...} when run with plain java). Exit code 0 when the job
 * ran, whether or not some articles failed (they are records in the output, not a failed job);
 * 2 for bad usage.
 */
@Command(name = "newsfacts-spark", mixinStandardHelpOptions = true,
    description = "Extracts entities, dates and quotations from a corpus with Spark.")
public final class SparkJob implements Callable<Integer> {

  static final int EXIT_USAGE = 2;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Corpus folder or glob on any Hadoop file system (file://, hdfs://, s3a://): "
          + ".txt/.html with NAME.meta.json sidecars, .jsonl.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "PATH",
      description = "Output folder, must not exist: articles/, failures/, summary.json.")
  String output;

  @Option(names = "--published-date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none of their own.")
  LocalDate publishedDate;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Annotation partitions (default: as many as --articles-per-partition needs,"
          + " at least one per core).")
  int partitions;

  @Option(names = "--articles-per-partition", paramLabel = "N",
      defaultValue = "" + ArticlePartitions.DEFAULT_MAX_ARTICLES,
      description = "The most articles in one annotation partition, the work redone when an"
          + " executor is lost (default: ${DEFAULT-VALUE}).")
  int articlesPerPartition;

  @Option(names = "--max-article-bytes", paramLabel = "BYTES",
      defaultValue = "" + IngestOptions.DEFAULT_MAX_ARTICLE_BYTES,
      description = "Articles larger than this fail instead of being read (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkJob()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (partitions < 0 || articlesPerPartition < 1 || maxArticleBytes <= 0) {
      err.println("newsfacts-spark: --partitions must be >= 0, --articles-per-partition and"
          + " --max-article-bytes positive");
      return EXIT_USAGE;
    }
    JobOptions options = new JobOptions(input, output, PipelineConfig.defaults(), publishedDate,
        partitions, articlesPerPartition, maxArticleBytes);
    SparkConf conf = new SparkConf().setAppName("newsfacts");
    SparkSummary summary;
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      summary = new SparkExtraction(spark, options).run();
    } catch (IllegalArgumentException e) {
      err.println("newsfacts-spark: " + e.getMessage());
      return EXIT_USAGE;
    }
    summary.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.error()));
    var counts = summary.summary();
    spec.commandLine().getOut().printf(
        "%d articles: %d ok, %d failed; %d entities, %d dates, %d quotes, %d attributions; %.1f s"
            + " (%.2f articles/s) -> %s/%s%n", counts.articles(), counts.ok(), counts.failed(),
        counts.entities(), counts.dates(), counts.quotes(), counts.attributions(),
        summary.timing().wallSeconds(),
        summary.timing().articlesPerSecond(), output, SparkExtraction.SUMMARY);
    return 0;
  }
}
