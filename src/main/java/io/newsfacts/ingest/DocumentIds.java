package io.newsfacts.ingest;

import java.util.regex.Pattern;

/**
 * Document ids. Later stages write {@code <id>.json} under the output folder, so an id must never
 * climb out of it: JSONL ids are checked; file ids come from paths inside the corpus.
 */
final class DocumentIds {

  private static final Pattern SAFE_CHARS = Pattern.compile("[A-Za-z0-9._/-]+");

  /** The path relative to the corpus, forward slashes, without the extension of its file name. */
  static String fromRelativePath(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    int dot = relativePath.lastIndexOf('.');
    return dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
  }

  /**
   * Whether {@code id} is a safe relative path: letters, digits, {@code . _ - /}; no empty, "." or
   * ".." segment (so no leading or doubled '/').
   */
  static boolean isSafe(String id) {
    if (id == null || !SAFE_CHARS.matcher(id).matches()) {
      return false;
    }
    for (String segment : id.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private DocumentIds() {}
}
