package io.newsfacts.batch;

import io.newsfacts.NewsFacts;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;

/**
 * How annotating one article ended: its facts, or a one-line failure. Shared by the local batch and
 * the Spark job so that an article that fails gives the same reason in both.
 */
public sealed interface ArticleRun {

  /** The article was annotated. */
  record Done(NewsFacts.Result result) implements ArticleRun {}

  /** The article could not be annotated. */
  record Failed(ArticleFailure failure) implements ArticleRun {}

  /** Annotates {@code article}; a failure of this article never escapes as an exception. */
  static ArticleRun of(NewsFacts newsFacts, Article article) {
    try {
      return new Done(newsFacts.run(article));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(annotationFailed(article, e));
    } catch (OutOfMemoryError e) {
      // Other workers hold most of the heap; this article alone may well fit on a rerun.
      return new Failed(failure(article, "out of memory while annotating (raise -Xmx or "
          + "lower --threads)"));
    }
  }

  static ArticleFailure annotationFailed(Article article, Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return failure(article, "annotation failed: " + message.replaceAll("\\s+", " ").trim());
  }

  static ArticleFailure failure(Article article, String reason) {
    return new ArticleFailure(article.id(), article.source().file(), reason);
  }
}
