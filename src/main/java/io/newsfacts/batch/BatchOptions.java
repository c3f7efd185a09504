package io.newsfacts.batch;

import io.newsfacts.ingest.IngestOptions;
import java.time.LocalDate;

/**
 * How a batch runs.
 *
 * @param threads worker threads sharing the one pipeline
 * @param defaultPublishedDate the date for articles that carry none of their own, or null
 */
public record BatchOptions(int threads, LocalDate defaultPublishedDate, OutputFormat format,
    IngestOptions ingest) {

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  public static BatchOptions defaults() {
    return new BatchOptions(Runtime.getRuntime().availableProcessors(), null, OutputFormat.JSON,
        IngestOptions.defaults());
  }
}
