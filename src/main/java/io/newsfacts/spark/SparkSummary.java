package io.newsfacts.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.Manifest;
import java.util.List;

/**
 * {@code OUTPUT/summary.json}: the manifest's figures for a Spark run. Per-article lines live in
 * {@code articles/} and {@code failures/}; the failures are repeated here, in corpus order, so
 * one small file says what went wrong.
 */
@JsonPropertyOrder({"schemaVersion", "tool", "input", "articlesPath", "failuresPath", "summary",
    "timing", "failures"})
public record SparkSummary(String schemaVersion, String tool, String input, String articlesPath,
    String failuresPath, Manifest.Summary summary, Timing timing, List<ArticleFailure> failures) {

  public SparkSummary {
    failures = List.copyOf(failures);
  }

  /** Wall-clock figures of the run, setup (model loading on executors) included. */
  @JsonPropertyOrder({"startedAt", "master", "partitions", "articlesPerPartition", "wallSeconds",
      "articlesPerSecond"})
  public record Timing(String startedAt, String master, int partitions, int articlesPerPartition,
      double wallSeconds, double articlesPerSecond) {}
}
