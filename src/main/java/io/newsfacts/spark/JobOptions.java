package io.newsfacts.spark;

import io.newsfacts.annotate.PipelineConfig;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * How the Spark job runs; shipped to executors with the tasks, so it holds only small values.
 *
 * @param input a folder or glob on any Hadoop file system
 * @param output a folder that must not exist yet
 * @param pipeline the same typed configuration the local batch uses
 * @param defaultPublishedDate the date for articles that carry none of their own, or null
 * @param partitions annotation partitions; 0 to bound them by {@code articlesPerPartition}
 * @param articlesPerPartition the most articles in one annotation partition when
 *     {@code partitions} is 0 (see {@link ArticlePartitions})
 */
record JobOptions(String input, String output, PipelineConfig pipeline,
    LocalDate defaultPublishedDate, int partitions, int articlesPerPartition, long maxArticleBytes)
    implements Serializable {

  JobOptions {
    if (partitions < 0 || articlesPerPartition < 1 || maxArticleBytes <= 0) {
      throw new IllegalArgumentException(
          "partitions must be >= 0, articlesPerPartition and maxArticleBytes positive");
    }
  }
}
