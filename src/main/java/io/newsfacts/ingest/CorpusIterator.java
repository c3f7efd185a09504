package io.newsfacts.ingest;

import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The results of one corpus, pulled one at a time: files from the walker, JSONL files line by line.
 * A custom iterator rather than {@code flatMap} because a flatMapped stream consumed through its
 * iterator buffers a whole inner stream, i.e. a whole 100k-line JSONL file.
 *
 * <p>Also enforces unique ids: the first article to use an id (ok or failed) keeps it.
 */
final class CorpusIterator implements Iterator<IngestResult>, AutoCloseable {

  private final Path root;
  private final String rootName;
  private final CorpusWalker walker;
  private final IngestOptions options;
  private final ArticleFileReader files;
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final ArticleAssembler assembler = new ArticleAssembler();
  private final Map<String, String> firstFileOfId = new HashMap<>();
  private JsonlReader jsonl;
  private IngestResult next;

  CorpusIterator(Path root, String rootName, CorpusWalker walker, IngestOptions options) {
    this.root = root;
    this.rootName = rootName;
    this.walker = walker;
    this.options = options;
    this.files = new ArticleFileReader(options);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (jsonl != null) {
        if (jsonl.hasNext()) {
          next = claimId(jsonl.next());
          continue;
        }
        jsonl.close();
        jsonl = null;
      }
      if (!walker.hasNext()) {
        return false;
      }
      next = readEntry(walker.next());
    }
    return true;
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult result = next;
    next = null;
    return result;
  }

  /** The entry's result; null for ignored files and for JSONL files, which are read next. */
  private IngestResult readEntry(CorpusWalker.Entry entry) {
    if (entry instanceof CorpusWalker.UnreadableFolder folder) {
      CorpusFile where = CorpusFile.of(root, rootName, folder.path());
      return unreadableFolder(where.display(), folder.reason());
    }
    CorpusWalker.FileEntry fileEntry = (CorpusWalker.FileEntry) entry;
    CorpusFile file = CorpusFile.of(root, rootName, fileEntry.path());
    Optional<SourceFormat> format = file.format();
    if (format.isEmpty()) {
      return Sidecar.isSidecar(file.path())
          ? Sidecar.orphanProblem(file, fileEntry.siblingNames()) : null;
    }
    if (format.get() == SourceFormat.JSONL) {
      jsonl = new JsonlReader(file, options, html, assembler);
      return null;
    }
    return claimId(files.read(file, format.get()));
  }

  static IngestResult.Failed unreadableFolder(String display, String reason) {
    return new IngestResult.Failed(new ArticleFailure(null, display, "cannot read folder: " + reason));
  }

  private IngestResult claimId(IngestResult result) {
    String id = result.id();
    if (id == null) {
      return result;
    }
    String file = fileOf(result);
    String first = firstFileOfId.putIfAbsent(id, file);
    if (first == null) {
      return result;
    }
    return duplicate(id, file, first);
  }

  static IngestResult.Failed duplicate(String id, String file, String firstFile) {
    return new IngestResult.Failed(new ArticleFailure(id, file,
        "duplicate id " + id + " (first seen in " + firstFile + ")"));
  }

  private static String fileOf(IngestResult result) {
    return result instanceof IngestResult.Ok ok
        ? ok.article().source().file()
        : ((IngestResult.Failed) result).failure().file();
  }

  @Override
  public void close() {
    if (jsonl != null) {
      jsonl.close();
      jsonl = null;
    }
  }
}
