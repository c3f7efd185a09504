package io.newsfacts.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
}
