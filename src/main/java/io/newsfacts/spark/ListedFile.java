package io.newsfacts.spark;

import java.io.Serializable;

/**
 * One entry of the corpus listing made on the driver: an article file to read, or a failure found
 * while listing ({@code failureReason} set): a folder that could not be listed, or a sidecar no
 * article reads.
 *
 * @param index position in the local batch's walk order
 * @param relative path inside the corpus root, forward slashes
 */
record ListedFile(int index, String relative, String failureReason) implements Serializable {

  boolean failed() {
    return failureReason != null;
  }
}
