package io.newsfacts.ingest;

import java.nio.charset.StandardCharsets;
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

  /**
   * Most file systems take names of at most 255 bytes; {@code <part>.json} and the writer's
   * temporary name around it ({@code .<part>.json.<random>.tmp}) must fit.
   */
  static final int MAX_PART_BYTES = 255 - ".json".length() - ".tmp".length() - 15;

  /**
   * Fails an id whose output file name could not be created, before the article is annotated.
   *
   * @throws ArticleProblem naming the part that is too long
   */
  static void requireFileNameFits(String id) throws ArticleProblem {
    for (String part : id.split("/", -1)) {
      int bytes = part.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_PART_BYTES) {
        throw new ArticleProblem("id too long for a file name: \"" + part.substring(0, 40)
            + "…\" is " + bytes + " bytes, at most " + MAX_PART_BYTES + " between slashes");
      }
    }
  }

  private DocumentIds() {}
}
