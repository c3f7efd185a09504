package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import java.util.Objects;

/** What ingest made of one article: the clean article, or a one-line failure. */
public sealed interface IngestResult permits IngestResult.Ok, IngestResult.Failed {

  /** The id when known (failures before an id is found have none). */
  String id();

  /** The article read and cleaned. */
  record Ok(Article article) implements IngestResult {
    public Ok {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String id() {
      return article.id();
    }
  }

  /** The article could not be read; the failure says which file and why, in one line. */
  record Failed(ArticleFailure failure) implements IngestResult {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public String id() {
      return failure.id();
    }
  }
}
