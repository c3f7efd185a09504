package io.newsfacts.testing;

import io.newsfacts.NewsFacts;
import io.newsfacts.annotate.PipelineConfig;

/**
 * The one NewsFacts pipeline of the test JVM: the models load once (10-30 s) on first use and every
 * integration test shares them. Unit tests on small texts should not touch it.
 */
public final class SharedPipeline {

  private SharedPipeline() {}

  private static final class Holder {
    static final NewsFacts INSTANCE = NewsFacts.create(PipelineConfig.defaults());
  }

  public static NewsFacts get() {
    return Holder.INSTANCE;
  }
}
