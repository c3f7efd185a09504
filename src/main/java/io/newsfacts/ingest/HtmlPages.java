package io.newsfacts.ingest;

import io.newsfacts.model.SourceFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one HTML page held in memory exactly as the batch reads an .html file (same extraction,
 * cleaning and limits), without a sidecar. For tools that score ingest alone, such as
 * {@code evaluate --html}; it loads no models.
 */
public final class HtmlPages {

  private final ArticleFileReader reader;

  public HtmlPages(IngestOptions options) {
    this.reader = new ArticleFileReader(Objects.requireNonNull(options, "options"));
  }

  /** The article read from {@code html} (the page's bytes), named {@code name}, or a failure. */
  public IngestResult read(String name, byte[] html) {
    CorpusFile file = new CorpusFile(Path.of(name), name, name);
    return reader.read(file, SourceFormat.HTML, () -> html, () -> Metadata.NONE);
  }
}
