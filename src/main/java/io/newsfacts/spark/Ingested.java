package io.newsfacts.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFailure;
import io.newsfacts.output.Json;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * What ingest made of one article, in a form Spark can ship between JVMs: the model records are
 * not Serializable, so the article or failure travels as its JSON (a lossless round trip).
 *
 * @param id the article's id, or null when ingest failed before finding one
 * @param file the file name as the output shows it
 * @param ok whether {@code json} is an {@link Article} (else an {@link ArticleFailure})
 */
record Ingested(OrderKey order, String id, String file, boolean ok, String json)
    implements Serializable {

  static Ingested of(OrderKey order, IngestResult result) {
    if (result instanceof IngestResult.Ok done) {
      Article article = done.article();
      return new Ingested(order, article.id(), article.source().file(), true, write(article));
    }
    return failed(order, ((IngestResult.Failed) result).failure());
  }

  static Ingested failed(OrderKey order, ArticleFailure failure) {
    return new Ingested(order, failure.id(), failure.file(), false, write(failure));
  }

  Article article() {
    return read(json, Article.class);
  }

  ArticleFailure failure() {
    return read(json, ArticleFailure.class);
  }

  static String write(Object value) {
    try {
      return Json.COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
