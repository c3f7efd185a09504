package io.newsfacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file, refusing files over the size limit before reading them. */
final class ArticleBytes {

  static byte[] read(Path file, long maxBytes) throws ArticleProblem {
    requireRegularFile(file);
    return read(ArticleSources.FileSource.of(file), maxBytes);
  }

  /** As {@link #read(Path, long)}, for a file on any file system. */
  static byte[] read(ArticleSources.FileSource file, long maxBytes) throws ArticleProblem {
    try {
      long size = file.size();
      if (size > maxBytes) {
        throw tooLarge(size, maxBytes);
      }
      // The file may grow between size() and reading; read at most one byte past the limit.
      try (InputStream in = file.open()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw tooLarge(Math.max(file.size(), bytes.length), maxBytes);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new ArticleProblem("cannot read: " + IoErrors.reason(e));
    }
  }

  /**
   * Refuses devices, FIFOs and folders named like articles: reading a FIFO would block the whole
   * run. A missing file is left to the read, which reports it.
   */
  static void requireRegularFile(Path file) throws ArticleProblem {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new ArticleProblem("cannot read: not a regular file");
    }
  }

  /** Fails when the article's text (UTF-8) is over the text limit, whatever the markup weighed. */
  static void requireTextWithin(String text, long maxBytes) throws ArticleProblem {
    if (text.length() <= maxBytes / 3) {
      return; // a char is at most 3 UTF-8 bytes: no need to count
    }
    long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      throw new ArticleProblem("too large: " + bytes + " bytes of text (limit " + maxBytes + ")");
    }
  }

  static ArticleProblem tooLarge(long size, long maxBytes) {
    return new ArticleProblem("too large: " + size + " bytes (limit " + maxBytes + ")");
  }

  private ArticleBytes() {}
}
