package io.newsfacts.ingest;

import io.newsfacts.model.SourceFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of the corpus and the names it goes by: {@code relative} is its path inside the corpus
 * with forward slashes; {@code display} prefixes the corpus folder's own name ("corpus/sub/a.txt")
 * so output never depends on the absolute path or the working directory.
 */
record CorpusFile(Path path, String relative, String display) {

  static CorpusFile of(Path root, String rootName, Path path) {
    StringBuilder relative = new StringBuilder();
    for (Path part : root.relativize(path)) {
      if (!relative.isEmpty()) {
        relative.append('/');
      }
      relative.append(part);
    }
    String rel = relative.toString();
    return new CorpusFile(path, rel, rootName.isEmpty() ? rel : rootName + "/" + rel);
  }

  /** The article format of this file, or empty for files ingest ignores (sidecars included). */
  Optional<SourceFormat> format() {
    return formatOf(path.getFileName().toString());
  }

  /** The article format of a file called {@code fileName}; extensions match in any case. */
  static Optional<SourceFormat> formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (Sidecar.isSidecar(fileName)) {
      return Optional.empty();
    }
    if (name.endsWith(".txt")) {
      return Optional.of(SourceFormat.TXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(SourceFormat.HTML);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(SourceFormat.JSONL);
    }
    return Optional.empty();
  }

  /** The display name of a sibling file (used for sidecars). */
  String displayOfSibling(Path sibling) {
    int slash = display.lastIndexOf('/');
    return display.substring(0, slash + 1) + sibling.getFileName();
  }
}
