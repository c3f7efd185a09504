package io.newsfacts.ingest;

/**
 * How ingest reads a corpus. {@code maxArticleBytes} caps the raw size of one article (a file, or
 * one JSONL line); bigger ones fail instead of being read, so one huge file cannot exhaust memory.
 */
public record IngestOptions(long maxArticleBytes) {

  public static final long DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

  public IngestOptions {
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_ARTICLE_BYTES);
  }
}
