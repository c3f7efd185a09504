package io.newsfacts.ingest;

/**
 * How ingest reads a corpus. {@code maxArticleBytes} caps the text of one article (UTF-8 bytes): a
 * .txt file itself, the text an HTML page yields, a JSONL line's text. {@code maxRawBytes} is a
 * separate, much larger safety cap on what is read at all (an .html file, one JSONL line): pages of
 * 5 MB of markup around a short story are normal, but one huge file must not exhaust memory.
 * Bigger articles fail instead of being read.
 */
public record IngestOptions(long maxArticleBytes, long maxRawBytes) {

  public static final long DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;
  public static final long DEFAULT_MAX_RAW_BYTES = 32_000_000;

  public IngestOptions {
    if (maxArticleBytes <= 0 || maxRawBytes <= 0) {
      throw new IllegalArgumentException("maxArticleBytes and maxRawBytes must be positive, got "
          + maxArticleBytes + " and " + maxRawBytes);
    }
  }

  /** A text limit with the default raw cap (never below the text limit). */
  public IngestOptions(long maxArticleBytes) {
    this(maxArticleBytes, Math.max(DEFAULT_MAX_RAW_BYTES, maxArticleBytes));
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_ARTICLE_BYTES);
  }
}
