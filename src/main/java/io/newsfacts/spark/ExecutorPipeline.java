package io.newsfacts.spark;

import io.newsfacts.NewsFacts;
import io.newsfacts.annotate.PipelineConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executor JVM's one pipeline: built on first use from the configuration the job ships with
 * its tasks, then shared by every task thread and partition of that JVM. The models are a few GB
 * and take 10-30 s to load, so they are never built per record or per task, and never serialized
 * from the driver (only the small configuration is).
 */
final class ExecutorPipeline {

  private static final Map<PipelineConfig, NewsFacts> PIPELINES = new ConcurrentHashMap<>();

  private ExecutorPipeline() {}

  /** This JVM's pipeline for {@code config}; the first caller loads it while the others wait. */
  static NewsFacts get(PipelineConfig config) {
    return PIPELINES.computeIfAbsent(config, NewsFacts::create);
  }

  /**
   * Uses an already loaded pipeline for {@code config}. In local mode the executor is the driver's
   * JVM: tests hand in the pipeline they share so the models are not loaded twice.
   */
  static void use(PipelineConfig config, NewsFacts loaded) {
    PIPELINES.putIfAbsent(config, loaded);
  }
}
