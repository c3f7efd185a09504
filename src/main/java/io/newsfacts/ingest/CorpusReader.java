package io.newsfacts.ingest;

import io.newsfacts.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a corpus folder: .txt and .html files (each with an optional NAME.meta.json sidecar) and
 * .jsonl files (one article per line), recursively, in name order. Other files and hidden entries
 * are ignored. Each article yields one {@link IngestResult}; a bad article is a failure, never an
 * exception.
 */
public final class CorpusReader {

  private final IngestOptions options;

  public CorpusReader(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Lazily walks the corpus folder (recursively, sorted, deterministic) and yields one result per
   * article. The stream is sequential and holds at most one open file; close it (try-with-resources)
   * when not consuming it to the end. Throws {@link IngestException} (one-line message) when the
   * folder itself is missing, not a directory or unreadable.
   */
  public Stream<IngestResult> read(Path corpusRoot) {
    Objects.requireNonNull(corpusRoot, "corpusRoot");
    Path root = corpusRoot.toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw new IngestException("corpus folder not found: " + corpusRoot);
    }
    if (!Files.isDirectory(root)) {
      throw new IngestException("corpus path is not a folder: " + corpusRoot);
    }
    CorpusWalker walker;
    try {
      walker = new CorpusWalker(root);
    } catch (IOException e) {
      throw new IngestException("cannot read corpus folder " + corpusRoot + ": "
          + IoErrors.reason(e));
    }
    Path name = root.getFileName();
    CorpusIterator results = new CorpusIterator(root, name == null ? "" : name.toString(), walker,
        options);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(results::close);
  }

  /**
   * How many articles {@link #read} will yield, counted cheaply for a progress bar: one per
   * .txt/.html file, one per non-blank line of a .jsonl file. Returns -1 when the folder cannot be
   * walked; the count is an estimate, never an error.
   */
  public long countArticles(Path corpusRoot) {
    Path root = corpusRoot.toAbsolutePath().normalize();
    long count = 0;
    try {
      CorpusWalker walker = new CorpusWalker(root);
      while (walker.hasNext()) {
        if (walker.next() instanceof CorpusWalker.FileEntry file) {
          count += articlesIn(CorpusFile.of(root, "", file.path()));
        }
      }
      return count;
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  private static long articlesIn(CorpusFile file) throws IOException {
    Optional<SourceFormat> format = file.format();
    if (format.isEmpty()) {
      return 0;
    }
    if (format.get() != SourceFormat.JSONL) {
      return 1;
    }
    try (Stream<String> lines = Files.lines(file.path(), StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.isBlank()).count();
    } catch (UncheckedIOException notUtf8) {
      return 1;
    }
  }
}
