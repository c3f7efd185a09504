package io.newsfacts.batch;

import io.newsfacts.ingest.IngestOptions;
import java.time.Duration;
import java.time.LocalDate;

/**
 * How a batch runs.
 *
 * @param threads worker threads sharing the one pipeline
 * @param defaultPublishedDate the date for articles that carry none of their own, or null
 * @param resume reuse what an earlier run into the same output folder already did for articles
 *     that have not changed since (same content, metadata, code and settings)
 * @param articleTimeout how long one article may take before it fails; zero for no limit
 */
public record BatchOptions(int threads, LocalDate defaultPublishedDate, OutputFormat format,
    IngestOptions ingest, boolean resume, Duration articleTimeout) {

  /** The default per-article limit: news takes seconds; only hostile or broken input nears it. */
  public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofMinutes(5);

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (articleTimeout == null || articleTimeout.isNegative()) {
      throw new IllegalArgumentException("the article timeout must be zero or positive");
    }
  }

  /** Resuming, with the default article timeout. */
  public BatchOptions(int threads, LocalDate defaultPublishedDate, OutputFormat format,
      IngestOptions ingest) {
    this(threads, defaultPublishedDate, format, ingest, true, DEFAULT_ARTICLE_TIMEOUT);
  }

  public static BatchOptions defaults() {
    return new BatchOptions(Runtime.getRuntime().availableProcessors(), null, OutputFormat.JSON,
        IngestOptions.defaults());
  }

  /** The same options with another article timeout. */
  public BatchOptions withArticleTimeout(Duration timeout) {
    return new BatchOptions(threads, defaultPublishedDate, format, ingest, resume, timeout);
  }

  /** The same options, resuming or not. */
  public BatchOptions withResume(boolean on) {
    return new BatchOptions(threads, defaultPublishedDate, format, ingest, on, articleTimeout);
  }
}
