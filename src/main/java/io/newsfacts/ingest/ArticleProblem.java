package io.newsfacts.ingest;

/**
 * Why one article cannot be read. Checked, so every reader has to decide where a bad article turns
 * into an {@link IngestResult.Failed} instead of escaping the corpus stream. The message is the
 * one-line failure reason.
 */
final class ArticleProblem extends Exception {

  ArticleProblem(String message) {
    super(OneLine.of(message), null, false, false);
  }
}
