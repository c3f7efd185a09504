package io.newsfacts.spark;

import java.io.Serializable;

/**
 * One entry of the corpus listing made on the driver: an article file to read, or a folder that
 * could not be listed ({@code unreadableReason} set).
 *
 * @param index position in the local batch's walk order
 * @param relative path inside the corpus root, forward slashes
 */
record ListedFile(int index, String relative, String unreadableReason) implements Serializable {

  boolean unreadable() {
    return unreadableReason != null;
  }
}
