package io.newsfacts.spark;

import java.io.Serializable;

/**
 * An article's place in corpus order: the listed file's index, then the line inside a JSONL file.
 * Decides which of two articles with one id keeps it (as in the local batch), and orders the output.
 */
record OrderKey(int file, int line) implements Comparable<OrderKey>, Serializable {

  @Override
  public int compareTo(OrderKey other) {
    int byFile = Integer.compare(file, other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }
}
