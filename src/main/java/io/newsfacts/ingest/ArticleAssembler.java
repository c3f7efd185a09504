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
      boolean headlineTaken = clean.title() != null && metadata.title() == null;
      throw new ArticleProblem(whyEmpty(text, headlineTaken));
    }
    return new Article(id, source, clean.title(), metadata.publishedDate(), metadata.url(),
        clean.body(), metadata.authors());
  }

  /** Which of the cleaner's steps left nothing: the reason names it. */
  private static String whyEmpty(String text, boolean headlineTaken) {
    if (TextCleaner.normalise(text).isBlank()) {
      return "empty article";
    }
    if (headlineTaken) {
      return "empty article: only a headline, no text";
    }
    return "empty article: every line was taken for site chrome (menus, share and subscribe "
        + "lines) and removed";
  }
}
