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
 * @param partitions annotation partitions; 0 means the cluster's default parallelism
 */
record JobOptions(String input, String output, PipelineConfig pipeline,
    LocalDate defaultPublishedDate, int partitions, long maxArticleBytes) implements Serializable {

  JobOptions {
    if (partitions < 0 || maxArticleBytes <= 0) {
      throw new IllegalArgumentException("partitions must be >= 0 and maxArticleBytes positive");
    }
  }
}
