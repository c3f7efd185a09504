package io.newsfacts.spark;

import io.newsfacts.batch.Version;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.Manifest;
import io.newsfacts.output.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job's plan. The driver lists the corpus; executors read and clean each file with ingest's own
 * code; ids are checked across the corpus as the local batch does (the first in corpus order keeps
 * an id); articles are spread over the partitions and annotated by each executor's one pipeline;
 * the lines are written in corpus order through Spark's output committer:
 *
 * <pre>
 * OUTPUT/articles/part-NNNNN   one ArticleFacts per line (the local JSONL format)
 * OUTPUT/failures/part-NNNNN   one ArticleFailure per line (id, file, error)
 * OUTPUT/summary.json          counts, timing and the failures, written by the driver last
 * </pre>
 *
 * Only committed task attempts reach the output folders, so a retried task leaves no duplicate.
 */
final class SparkExtraction {

  static final String ARTICLES = "articles";
  static final String FAILURES = "failures";
  static final String SUMMARY = "summary.json";

  private final JavaSparkContext spark;
  private final JobOptions options;

  SparkExtraction(JavaSparkContext spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  SparkSummary run() throws IOException {
    Instant startedAt = Instant.now();
    long start = System.nanoTime();
    Path output = new Path(options.output());
    FileSystem outFs = output.getFileSystem(spark.hadoopConfiguration());
    if (outFs.exists(output)) {
      throw new IllegalArgumentException("output already exists: " + options.output());
    }
    CorpusListing listing = CorpusListing.list(options.input(), spark.hadoopConfiguration());
    // Reading is cut as annotation will be, by the number of files (most hold one article).
    JavaRDD<Ingested> ingested = ingest(listing, plan(listing.files().size()).partitions())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long articles = ingested.count();
    ArticlePartitions plan = plan(articles);
    Broadcast<HashMap<String, IdClaim>> duplicated = spark.broadcast(duplicatedIds(ingested));
    JavaPairRDD<OrderKey, RecordLine> lines = annotate(ingested, duplicated, plan)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // Sorting costs a shuffle of finished lines only; it makes part files follow corpus order,
    // and gathers the many small annotation partitions into few part files.
    JavaRDD<RecordLine> ordered = lines.sortByKey(true, plan.partFiles(articles)).values();
    ordered.filter(RecordLine::ok).map(RecordLine::json)
        .saveAsTextFile(new Path(output, ARTICLES).toString());
    ordered.filter(line -> !line.ok()).map(RecordLine::json)
        .saveAsTextFile(new Path(output, FAILURES).toString());

    // Model records are not Serializable: failures come back as their JSON lines.
    List<ArticleFailure> failures = ordered.filter(line -> !line.ok()).map(RecordLine::json)
        .collect().stream().map(json -> Ingested.read(json, ArticleFailure.class)).toList();
    RecordLine totals = lines.values().fold(new RecordLine(true, null, 0, 0, 0, 0),
        (a, b) -> new RecordLine(a.ok() && b.ok(), null, a.entities() + b.entities(),
            a.dates() + b.dates(), a.quotes() + b.quotes(), a.attributions() + b.attributions()));
    long count = lines.count();
    ingested.unpersist(false);
    lines.unpersist(false);

    double wall = (System.nanoTime() - start) / 1e9;
    SparkSummary summary = new SparkSummary(ArticleFacts.SCHEMA_VERSION, Version.text(),
        options.input(), ARTICLES, FAILURES,
        new Manifest.Summary((int) count, (int) count - failures.size(), failures.size(),
            totals.entities(), totals.dates(), totals.quotes(), totals.attributions()),
        new SparkSummary.Timing(startedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
            spark.master(), plan.partitions(), plan.articlesPerPartition(), round(wall),
            round(count / Math.max(wall, 1e-9))),
        failures);
    try (OutputStream out = outFs.create(new Path(output, SUMMARY), false)) {
      out.write(Json.PRETTY.writeValueAsBytes(summary));
      out.write('\n');
    }
    return summary;
  }

  private ArticlePartitions plan(long articles) {
    return ArticlePartitions.plan(articles, options.partitions(), spark.defaultParallelism(),
        options.articlesPerPartition());
  }

  /** Each listed file read on an executor; one result per article (JSONL files give many). */
  private JavaRDD<Ingested> ingest(CorpusListing listing, int partitions) {
    Broadcast<HadoopConf> conf = spark.broadcast(new HadoopConf(spark.hadoopConfiguration()));
    String root = listing.root();
    String rootName = listing.rootName();
    long maxBytes = options.maxArticleBytes();
    int slices = Math.max(1, Math.min(partitions, listing.files().size()));
    return spark.parallelize(listing.files(), slices)
        .flatMap(file -> FileIngest.read(file, root, rootName, conf.value(), maxBytes));
  }

  /** Ids used more than once, each with its first claimant; few, so they go to the driver. */
  private static HashMap<String, IdClaim> duplicatedIds(JavaRDD<Ingested> ingested) {
    Map<String, IdClaim> claims = ingested.filter(i -> i.id() != null)
        .mapToPair(i -> new Tuple2<>(i.id(), new IdClaim(i.order(), i.file(), 1)))
        .reduceByKey(IdClaim::merge)
        .filter(claim -> claim._2().count() > 1)
        .collectAsMap();
    return new HashMap<>(claims);
  }

  /**
   * Each article annotated in the partition of its corpus rank. The ranks come from the ingested
   * articles in corpus order (zipWithIndex), which a recomputation after a lost executor repeats.
   */
  private JavaPairRDD<OrderKey, RecordLine> annotate(JavaRDD<Ingested> ingested,
      Broadcast<HashMap<String, IdClaim>> duplicated, ArticlePartitions plan) {
    var config = options.pipeline();
    var defaultDate = options.defaultPublishedDate();
    return ingested.zipWithIndex()
        .mapToPair(ranked -> new Tuple2<>(ranked._2(),
            IdClaim.resolve(ranked._1(), duplicated.value())))
        .partitionBy(new RankPartitioner(plan))
        .mapPartitionsToPair(articles -> new Annotator(config, defaultDate).annotate(articles));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
