package io.newsfacts.spark;

import java.io.Serializable;

/**
 * How the articles are cut into annotation partitions: contiguous runs of the corpus order, each of
 * at most {@code articlesPerPartition} articles. A partition is the unit Spark redoes when an
 * executor is lost, so bounding it in articles bounds the work a lost executor costs; the cluster's
 * default parallelism (a handful of partitions for a whole corpus) would make one partition a large
 * share of the job.
 *
 * @param partitions how many partitions, none of them empty
 * @param articlesPerPartition the most articles in one partition
 */
record ArticlePartitions(int partitions, int articlesPerPartition) implements Serializable {

  /** Annotation takes 1-4 s per news article and core, so a partition is about a minute of work. */
  static final int DEFAULT_MAX_ARTICLES = 20;

  /** Articles per output part file: few, large files for the output, whatever the partitions. */
  static final int ARTICLES_PER_PART_FILE = 10_000;

  ArticlePartitions {
    if (partitions < 1 || articlesPerPartition < 1) {
      throw new IllegalArgumentException("partitions and articles per partition must be positive");
    }
  }

  /**
   * The partitions for {@code articles} articles.
   *
   * @param requested partitions asked for ({@code --partitions}); 0 to bound them by
   *     {@code maxArticles} instead
   * @param parallelism the cluster's cores: with few articles, each core still gets a partition
   * @param maxArticles the most articles in a partition when none were requested
   */
  static ArticlePartitions plan(long articles, int requested, int parallelism, int maxArticles) {
    if (requested < 0 || maxArticles < 1) {
      throw new IllegalArgumentException("requested partitions >= 0, max articles positive");
    }
    if (articles <= 0) {
      return new ArticlePartitions(1, 1);
    }
    long wanted = requested > 0
        ? requested
        : Math.max(ceilDiv(articles, maxArticles), Math.max(1, parallelism));
    long perPartition = ceilDiv(articles, Math.min(wanted, articles));
    return new ArticlePartitions(Math.toIntExact(ceilDiv(articles, perPartition)),
        Math.toIntExact(perPartition));
  }

  /** The partition of the article at {@code rank} in corpus order (0-based). */
  int partitionOf(long rank) {
    return (int) Math.min(rank / articlesPerPartition, partitions - 1);
  }

  /** Output part files for {@code articles} lines: one per {@link #ARTICLES_PER_PART_FILE}. */
  int partFiles(long articles) {
    return (int) Math.max(1, Math.min(partitions, ceilDiv(articles, ARTICLES_PER_PART_FILE)));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
