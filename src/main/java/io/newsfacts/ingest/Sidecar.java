package io.newsfacts.ingest;

import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * {@code NAME.meta.json} next to {@code NAME.txt} or {@code NAME.html}: metadata the text itself
 * does not carry. A bad sidecar fails its article rather than being ignored, because a silently
 * dropped publication date would change every resolved date in the output.
 */
final class Sidecar {

  static final String SUFFIX = ".meta.json";

  static boolean isSidecar(Path file) {
    return isSidecar(file.getFileName().toString());
  }

  static boolean isSidecar(String fileName) {
    return fileName.endsWith(SUFFIX);
  }

  /**
   * Why the sidecar called {@code name} is read by no article, given the names of the files in its
   * folder; empty when an article beside it reads it. A typo, or {@code a.txt.meta.json} for
   * {@code a.txt}, would otherwise lose the metadata it was meant to give in silence.
   */
  static Optional<String> orphanReason(String name, Collection<String> siblingNames) {
    String base = name.substring(0, name.length() - SUFFIX.length());
    for (String sibling : siblingNames) {
      if (readsSidecarOf(sibling, base)) {
        return Optional.empty();
      }
    }
    String hint = CorpusFile.formatOf(base).filter(f -> f != SourceFormat.JSONL).isPresent()
        ? " (the sidecar of NAME.txt is NAME.meta.json, without the .txt)" : "";
    return Optional.of("sidecar without an article: no " + base + ".txt, .html or .htm beside "
        + "it; its metadata is used by no article" + hint);
  }

  /** Whether the file called {@code name} is a .txt or .html article whose sidecar is base's. */
  private static boolean readsSidecarOf(String name, String base) {
    Optional<SourceFormat> format = CorpusFile.formatOf(name);
    return format.isPresent() && format.get() != SourceFormat.JSONL
        && sidecarName(name).equals(base + SUFFIX);
  }

  /** The failure of a sidecar no article reads; null when one does. */
  static IngestResult.Failed orphanProblem(CorpusFile sidecar, Collection<String> siblingNames) {
    return orphanReason(sidecar.path().getFileName().toString(), siblingNames)
        .map(reason -> new IngestResult.Failed(new ArticleFailure(null, sidecar.display(), reason)))
        .orElse(null);
  }

  /** The sidecar of {@code article}, whether it exists or not. */
  static Path pathFor(Path article) {
    return article.resolveSibling(sidecarName(article.getFileName().toString()));
  }

  private static String sidecarName(String articleName) {
    int dot = articleName.lastIndexOf('.');
    return (dot > 0 ? articleName.substring(0, dot) : articleName) + SUFFIX;
  }

  /**
   * The metadata in {@code sidecar}, or {@link Metadata#NONE} when there is no sidecar.
   * {@code displayName} names it in failures.
   */
  static Metadata read(Path sidecar, String displayName, long maxBytes) throws ArticleProblem {
    if (!Files.exists(sidecar)) {
      return Metadata.NONE;
    }
    return parse(() -> ArticleBytes.read(sidecar, maxBytes), displayName);
  }

  /** As {@link #read(Path, String, long)}, for a sidecar on any file system. */
  static Metadata read(ArticleSources.FileSource sidecar, String displayName, long maxBytes)
      throws ArticleProblem {
    try {
      if (!sidecar.exists()) {
        return Metadata.NONE;
      }
    } catch (java.io.IOException e) {
      throw new ArticleProblem("sidecar " + displayName + ": cannot read: " + IoErrors.reason(e));
    }
    return parse(() -> ArticleBytes.read(sidecar, maxBytes), displayName);
  }

  private static Metadata parse(ArticleFileReader.Step<byte[]> bytes, String displayName)
      throws ArticleProblem {
    try {
      return JsonFields.metadata(JsonFields.parseObject(Utf8Decoder.decode(bytes.get())));
    } catch (ArticleProblem p) {
      throw new ArticleProblem("sidecar " + displayName + ": " + p.getMessage());
    }
  }

  private Sidecar() {}
}
