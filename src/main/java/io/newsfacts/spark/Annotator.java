package io.newsfacts.spark;

import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.batch.ArticleRun;
import io.newsfacts.model.Article;
import java.time.LocalDate;
import java.util.Iterator;
import scala.Tuple2;

/**
 * Annotates one partition with the executor's pipeline, lazily, one article at a time. An article
 * that fails becomes a failure line with the local batch's reason; nothing here fails the task.
 */
final class Annotator {

  private final PipelineConfig config;
  private final LocalDate defaultPublishedDate;

  Annotator(PipelineConfig config, LocalDate defaultPublishedDate) {
    this.config = config;
    this.defaultPublishedDate = defaultPublishedDate;
  }

  /** Each article (keyed by its corpus rank) as its output line, keyed by its corpus order. */
  Iterator<Tuple2<OrderKey, RecordLine>> annotate(Iterator<Tuple2<Long, Ingested>> articles) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Tuple2<OrderKey, RecordLine> next() {
        Ingested article = articles.next()._2();
        return new Tuple2<>(article.order(), line(article));
      }
    };
  }

  private RecordLine line(Ingested ingested) {
    if (!ingested.ok()) {
      return RecordLine.failed(ingested.json());
    }
    Article article = ingested.article().withDefaultPublishedDate(defaultPublishedDate);
    ArticleRun run = ArticleRun.of(ExecutorPipeline.get(config), article);
    if (run instanceof ArticleRun.Failed failed) {
      return RecordLine.failed(failed.failure());
    }
    return RecordLine.done(((ArticleRun.Done) run).result().facts());
  }
}
