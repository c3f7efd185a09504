package io.newsfacts.batch;

import io.newsfacts.NewsFacts;
import java.util.function.Supplier;

/**
 * The pipeline, loaded the first time an article needs annotating: a rerun in which every article
 * is reused never pays the 10-30 s of model loading. Remembers how long loading took.
 */
final class PipelineOnDemand {

  /** The pipeline could not be built; nothing was annotated. */
  static final class Unavailable extends RuntimeException {
    Unavailable(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final Supplier<NewsFacts> loader;
  private NewsFacts pipeline;
  private double loadSeconds;

  PipelineOnDemand(Supplier<NewsFacts> loader) {
    this.loader = loader;
  }

  /** One already loaded. */
  static PipelineOnDemand loaded(NewsFacts pipeline, double loadSeconds) {
    PipelineOnDemand loaded = new PipelineOnDemand(() -> pipeline);
    loaded.pipeline = pipeline;
    loaded.loadSeconds = loadSeconds;
    return loaded;
  }

  /**
   * The pipeline, loading it now if this is the first call.
   *
   * @throws Unavailable when it cannot be built
   */
  synchronized NewsFacts get() {
    if (pipeline == null) {
      long start = System.nanoTime();
      try {
        pipeline = loader.get();
      } catch (RuntimeException e) {
        throw new Unavailable(e);
      }
      loadSeconds = (System.nanoTime() - start) / 1e9;
    }
    return pipeline;
  }

  synchronized double loadSeconds() {
    return loadSeconds;
  }
}
