package io.newsfacts.ingest;

import io.newsfacts.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads single corpus files that live on another file system (HDFS, S3, a cluster's view of a local
 * folder) with the very code {@link CorpusReader} runs, so that a distributed job yields the same
 * articles, ids, file names and failure reasons as the local batch. The caller lists the corpus and
 * checks ids for uniqueness across it (with {@link #duplicate}); everything per file happens here.
 */
public final class ArticleSources {

  /** One file, wherever it is stored. */
  public interface FileSource {

    /** Whether the file is there; a missing sidecar is simply no metadata. */
    boolean exists() throws IOException;

    long size() throws IOException;

    InputStream open() throws IOException;

    /** A file on the local disk. */
    static FileSource of(Path path) {
      return new FileSource() {
        @Override
        public boolean exists() {
          return Files.exists(path);
        }

        @Override
        public long size() throws IOException {
          return Files.size(path);
        }

        @Override
        public InputStream open() throws IOException {
          return Files.newInputStream(path);
        }
      };
    }
  }

  /** Finds a file of the corpus by its path relative to the corpus root. */
  @FunctionalInterface
  public interface Corpus {
    FileSource file(String relativePath);
  }

  private ArticleSources() {}

  /** Whether ingest reads this file as articles (.txt, .html, .htm, .jsonl; never sidecars). */
  public static boolean isArticleFile(String relativePath) {
    return corpusFile("", relativePath).format().isPresent();
  }

  /**
   * The results of one article file: one for .txt/.html (its sidecar looked up in {@code corpus}),
   * one per non-blank line for .jsonl, none for files ingest ignores. Close the stream.
   *
   * @param corpusName the corpus folder's own name, the first part of every file name in output
   * @param relativePath the file's path inside the corpus, with forward slashes
   */
  public static Stream<IngestResult> read(String corpusName, String relativePath, Corpus corpus,
      IngestOptions options) {
    Objects.requireNonNull(options, "options");
    CorpusFile file = corpusFile(corpusName, relativePath);
    Optional<SourceFormat> format = file.format();
    if (format.isEmpty()) {
      return Stream.empty();
    }
    FileSource source = corpus.file(relativePath);
    long max = options.maxArticleBytes();
    if (format.get() == SourceFormat.JSONL) {
      JsonlReader lines = new JsonlReader(file, source::open, options, new HtmlArticleReader(),
          new ArticleAssembler());
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines,
          Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(lines::close);
    }
    Path sidecar = Sidecar.pathFor(file.path());
    String sidecarRelative = relativeSibling(relativePath, sidecar);
    return Stream.of(new ArticleFileReader(options).read(file, format.get(),
        () -> ArticleBytes.read(source, ArticleFileReader.readLimit(format.get(), options)),
        () -> Sidecar.read(corpus.file(sidecarRelative), file.displayOfSibling(sidecar), max)));
  }

  /**
   * The failure of a sidecar ({@code NAME.meta.json}) that no article beside it reads, exactly as
   * the local batch reports it; empty for any other file, or a sidecar an article reads.
   *
   * @param siblingNames the names of the files in the sidecar's folder
   */
  public static Optional<IngestResult.Failed> orphanSidecar(String corpusName, String relativePath,
      Collection<String> siblingNames) {
    CorpusFile file = corpusFile(corpusName, relativePath);
    if (!Sidecar.isSidecar(file.path())) {
      return Optional.empty();
    }
    return Optional.ofNullable(Sidecar.orphanProblem(file, siblingNames));
  }

  /** The failure of a later article reusing an id: the first in corpus order keeps it. */
  public static IngestResult.Failed duplicate(String id, String file, String firstFile) {
    return CorpusIterator.duplicate(id, file, firstFile);
  }

  /** The failure of a folder of the corpus that cannot be listed. */
  public static IngestResult.Failed unreadableFolder(String corpusName, String relativePath,
      IOException e) {
    return CorpusIterator.unreadableFolder(corpusFile(corpusName, relativePath).display(),
        IoErrors.reason(e));
  }

  private static CorpusFile corpusFile(String corpusName, String relativePath) {
    String display = corpusName.isEmpty() ? relativePath : corpusName + "/" + relativePath;
    return new CorpusFile(Path.of(relativePath), relativePath, display);
  }

  private static String relativeSibling(String relativePath, Path sibling) {
    int slash = relativePath.lastIndexOf('/');
    return relativePath.substring(0, slash + 1) + sibling.getFileName();
  }
}
