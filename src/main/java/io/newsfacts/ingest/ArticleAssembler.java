package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import io.newsfacts.model.SourceInfo;

/** Cleans extracted text and puts it together with its metadata into an {@link Article}. */
final class ArticleAssembler {

  private final TextCleaner cleaner = new TextCleaner();

  Article assemble(String id, SourceInfo source, Metadata metadata, String text)
      throws ArticleProblem {
    CleanText clean = cleaner.clean(text, metadata.title());
    if (clean.body().isEmpty()) {
      throw new ArticleProblem("empty article");
    }
    return new Article(id, source, clean.title(), metadata.publishedDate(), metadata.url(),
        clean.body(), metadata.authors());
  }
}
