package io.newsfacts.ingest;

import io.newsfacts.model.ArticleFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code NAME.meta.json} next to {@code NAME.txt} or {@code NAME.html}: metadata the text itself
 * does not carry. A bad sidecar fails its article rather than being ignored, because a silently
 * dropped publication date would change every resolved date in the output.
 */
final class Sidecar {

  static final String SUFFIX = ".meta.json";

  static boolean isSidecar(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }

  private static final List<String> ARTICLE_EXTENSIONS =
      List.of(".txt", ".html", ".htm", ".TXT", ".HTML", ".HTM");

  /**
   * A failure for a sidecar no article will read (a typo, or {@code a.txt.meta.json} for
   * {@code a.txt}), so the metadata it was meant to give is not lost in silence; null when an
   * article beside it reads it.
   */
  static IngestResult orphanProblem(CorpusFile sidecar) {
    String name = sidecar.path().getFileName().toString();
    String base = name.substring(0, name.length() - SUFFIX.length());
    for (String extension : ARTICLE_EXTENSIONS) {
      if (Files.isRegularFile(sidecar.path().resolveSibling(base + extension))) {
        return null;
      }
    }
    String hint = ARTICLE_EXTENSIONS.stream().anyMatch(e -> base.toLowerCase(Locale.ROOT)
        .endsWith(e.toLowerCase(Locale.ROOT)))
        ? " (the sidecar of NAME.txt is NAME.meta.json, without the .txt)" : "";
    return new IngestResult.Failed(new ArticleFailure(null, sidecar.display(),
        "sidecar without an article: no " + base + ".txt, .html or .htm beside it; its metadata "
            + "is used by no article" + hint));
  }

  /** The sidecar of {@code article}, whether it exists or not. */
  static Path pathFor(Path article) {
    String name = article.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return article.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
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
