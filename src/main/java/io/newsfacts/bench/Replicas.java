package io.newsfacts.bench;

/**
 * Names of the copies in a replicated corpus: copy 0 keeps the article's id, copy k is
 * {@code <id>-copy<k>}, so every copy is a distinct article and file for both systems.
 */
final class Replicas {

  private Replicas() {}

  static String name(String id, int copy) {
    if (copy < 0) {
      throw new IllegalArgumentException("copy must not be negative: " + copy);
    }
    return copy == 0 ? id : id + "-copy" + copy;
  }

  /** How many articles a corpus of {@code articles} replicated {@code times} holds. */
  static int size(int articles, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("replicate at least once, got " + times);
    }
    return Math.multiplyExact(articles, times);
  }
}
