package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.model.SourceFormat;
import io.newsfacts.model.SourceInfo;

/** Reads one .txt or .html file (with its sidecar) into an article or a failure. */
final class ArticleFileReader {

  private final IngestOptions options;
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final ArticleAssembler assembler = new ArticleAssembler();

  ArticleFileReader(IngestOptions options) {
    this.options = options;
  }

  /** One step of reading that may fail the article. */
  @FunctionalInterface
  interface Step<T> {
    T get() throws ArticleProblem;
  }

  IngestResult read(CorpusFile file, SourceFormat format) {
    var sidecarPath = Sidecar.pathFor(file.path());
    return read(file, format, () -> ArticleBytes.read(file.path(), readLimit(format, options)),
        () -> Sidecar.read(sidecarPath, file.displayOfSibling(sidecarPath),
            options.maxArticleBytes()));
  }

  /**
   * How much of a file may be read: a text file is the article, so the text limit; a page is
   * mostly markup, so the raw cap (its text is checked after extraction).
   */
  static long readLimit(SourceFormat format, IngestOptions options) {
    return format == SourceFormat.HTML ? options.maxRawBytes() : options.maxArticleBytes();
  }

  /** As {@link #read(CorpusFile, SourceFormat)}, with the file and its sidecar read by the caller. */
  IngestResult read(CorpusFile file, SourceFormat format, Step<byte[]> bytes,
      Step<Metadata> sidecar) {
    String id = DocumentIds.fromRelativePath(file.relative());
    try {
      return new IngestResult.Ok(readArticle(file, format, id, bytes, sidecar));
    } catch (ArticleProblem problem) {
      return new IngestResult.Failed(new ArticleFailure(id, file.display(), problem.getMessage()));
    } catch (RuntimeException | StackOverflowError bug) {
      // A library failing on one odd file must not end the run for all the others.
      return new IngestResult.Failed(new ArticleFailure(id, file.display(), Unexpected.reason(bug)));
    }
  }

  private Article readArticle(CorpusFile file, SourceFormat format, String id,
      Step<byte[]> readBytes, Step<Metadata> readSidecar) throws ArticleProblem {
    DocumentIds.requireFileNameFits(id);
    byte[] bytes = readBytes.get();
    // Web pages declare their own charset; text files must be UTF-8.
    String text = format == SourceFormat.HTML ? Utf8Decoder.decodeHtmlFile(bytes)
        : Utf8Decoder.decodeTextFile(bytes);
    if (TextCleaner.normalise(text).isBlank()) {
      throw new ArticleProblem("empty article");
    }
    Metadata sidecar = readSidecar.get();
    Metadata metadata = sidecar;
    if (format == SourceFormat.HTML) {
      HtmlArticleReader.HtmlArticle page = html.read(text);
      metadata = page.metadata().overriddenBy(sidecar);
      text = page.text();
      ArticleBytes.requireTextWithin(text, options.maxArticleBytes());
    }
    SourceInfo source = new SourceInfo(file.display(), format, Sha256.hex(bytes));
    return assembler.assemble(id, source, metadata, text, format == SourceFormat.HTML);
  }
}
