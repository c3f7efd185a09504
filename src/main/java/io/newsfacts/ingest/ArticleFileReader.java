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

  IngestResult read(CorpusFile file, SourceFormat format) {
    String id = DocumentIds.fromRelativePath(file.relative());
    try {
      return new IngestResult.Ok(readArticle(file, format, id));
    } catch (ArticleProblem problem) {
      return new IngestResult.Failed(new ArticleFailure(id, file.display(), problem.getMessage()));
    } catch (RuntimeException | StackOverflowError bug) {
      // A library failing on one odd file must not end the run for all the others.
      return new IngestResult.Failed(new ArticleFailure(id, file.display(), Unexpected.reason(bug)));
    }
  }

  private Article readArticle(CorpusFile file, SourceFormat format, String id)
      throws ArticleProblem {
    byte[] bytes = ArticleBytes.read(file.path(), options.maxArticleBytes());
    String text = Utf8Decoder.decodeTextFile(bytes);
    if (TextCleaner.normalise(text).isBlank()) {
      throw new ArticleProblem("empty article");
    }
    var sidecarPath = Sidecar.pathFor(file.path());
    Metadata sidecar = Sidecar.read(sidecarPath, file.displayOfSibling(sidecarPath),
        options.maxArticleBytes());
    Metadata metadata = sidecar;
    if (format == SourceFormat.HTML) {
      HtmlArticleReader.HtmlArticle page = html.read(text);
      metadata = page.metadata().overriddenBy(sidecar);
      text = page.text();
    }
    SourceInfo source = new SourceInfo(file.display(), format, Sha256.hex(bytes));
    return assembler.assemble(id, source, metadata, text);
  }
}
