package io.newsfacts.batch;

import io.newsfacts.NewsFacts;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import java.time.Duration;

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
      return new Failed(failure(article, FailureReasons.outOfMemory(article)));
    }
  }

  /** The reason for an article that ran past the per-article time limit. */
  static ArticleFailure timedOut(Article article, Duration limit) {
    return failure(article, FailureReasons.timedOut(article, limit));
  }

  static ArticleFailure annotationFailed(Article article, Throwable e) {
    return failure(article, FailureReasons.annotationFailed(article, e));
  }

  static ArticleFailure failure(Article article, String reason) {
    return new ArticleFailure(article.id(), article.source().file(), reason);
  }
}
