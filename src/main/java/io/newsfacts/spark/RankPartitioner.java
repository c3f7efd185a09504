package io.newsfacts.spark;

import org.apache.spark.Partitioner;

/**
 * Sends the article at a corpus rank (a Long key) to its {@link ArticlePartitions} partition. The
 * rank of an article never changes between attempts, so a partition redone after a lost executor
 * holds the same articles as before.
 */
final class RankPartitioner extends Partitioner {

  private final ArticlePartitions plan;

  RankPartitioner(ArticlePartitions plan) {
    this.plan = plan;
  }

  @Override
  public int numPartitions() {
    return plan.partitions();
  }

  @Override
  public int getPartition(Object rank) {
    return plan.partitionOf((Long) rank);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankPartitioner that && that.plan.equals(plan);
  }

  @Override
  public int hashCode() {
    return plan.hashCode();
  }
}
