package io.newsfacts.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;

/** Turns one annotated article into its facts. */
public final class FactExtractor {
  public ArticleFacts extract(Article article, CoreDocument document) {
    throw new UnsupportedOperationException("being written");
  }
}
