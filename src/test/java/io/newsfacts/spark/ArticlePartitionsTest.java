package io.newsfacts.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Annotation partitions: contiguous runs of the corpus order, bounded in articles. */
class ArticlePartitionsTest {

  @Test
  void aLargeCorpusIsCutIntoPartitionsOfAtMostTheMaximum() {
    ArticlePartitions plan = ArticlePartitions.plan(1_000, 0, 2, 20);

    assertThat(plan).isEqualTo(new ArticlePartitions(50, 20));
    assertThat(sizes(plan, 1_000)).containsOnly(20);
  }

  @Test
  void anUnevenCountStillStaysWithinTheMaximumAndLeavesNoPartitionEmpty() {
    ArticlePartitions plan = ArticlePartitions.plan(1_001, 0, 2, 20);

    assertThat(plan.articlesPerPartition()).isLessThanOrEqualTo(20);
    assertThat(LongStream.of(sizes(plan, 1_001)).boxed())
        .allSatisfy(size -> assertThat(size).isBetween(1L, 20L));
  }

  @Test
  void aSmallCorpusStillGivesEveryCoreAPartition() {
    assertThat(ArticlePartitions.plan(30, 0, 8, 20)).isEqualTo(new ArticlePartitions(8, 4));
    assertThat(ArticlePartitions.plan(6, 0, 2, 20)).isEqualTo(new ArticlePartitions(2, 3));
  }

  @Test
  void fewerArticlesThanCoresGiveOneArticlePerPartition() {
    assertThat(ArticlePartitions.plan(3, 0, 8, 20)).isEqualTo(new ArticlePartitions(3, 1));
  }

  @Test
  void requestedPartitionsOverrideTheBoundAndNeverExceedTheArticles() {
    assertThat(ArticlePartitions.plan(1_000, 4, 2, 20)).isEqualTo(new ArticlePartitions(4, 250));
    assertThat(ArticlePartitions.plan(5, 100, 2, 20)).isEqualTo(new ArticlePartitions(5, 1));
  }

  @Test
  void anEmptyCorpusHasOnePartition() {
    assertThat(ArticlePartitions.plan(0, 0, 2, 20)).isEqualTo(new ArticlePartitions(1, 1));
  }

  @Test
  void consecutiveRanksShareAPartitionInCorpusOrder() {
    ArticlePartitions plan = ArticlePartitions.plan(10, 0, 1, 4);

    assertThat(LongStream.range(0, 10).map(plan::partitionOf).toArray())
        .containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2);
  }

  @Test
  void outputPartFilesAreFewWhateverThePartitions() {
    assertThat(ArticlePartitions.plan(1_000, 0, 2, 20).partFiles(1_000)).isEqualTo(1);
    assertThat(ArticlePartitions.plan(25_000, 0, 2, 20).partFiles(25_000)).isEqualTo(3);
  }

  @Test
  void theRankPartitionerFollowsThePlan() {
    ArticlePartitions plan = ArticlePartitions.plan(100, 0, 2, 20);
    RankPartitioner partitioner = new RankPartitioner(plan);

    assertThat(partitioner.numPartitions()).isEqualTo(5);
    assertThat(partitioner.getPartition(0L)).isZero();
    assertThat(partitioner.getPartition(99L)).isEqualTo(4);
    assertThat(partitioner).isEqualTo(new RankPartitioner(plan));
  }

  @Test
  void nonsenseBoundsAreRefused() {
    assertThatThrownBy(() -> ArticlePartitions.plan(10, -1, 2, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticlePartitions.plan(10, 0, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** How many of ranks 0..articles-1 fall in each partition. */
  private static long[] sizes(ArticlePartitions plan, long articles) {
    long[] sizes = new long[plan.partitions()];
    LongStream.range(0, articles).forEach(rank -> sizes[plan.partitionOf(rank)]++);
    return sizes;
  }
}
