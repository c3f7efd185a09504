package io.newsfacts;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.newsfacts.annotate.AnnotationPipeline;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.extract.FactExtractor;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;

/**
 * The pipeline in one call: an article in, its facts out. One instance holds the CoreNLP models and
 * is shared by all threads of a JVM (the batch, the evaluator, tests).
 *
 * <pre>{@code
 * NewsFacts newsFacts = NewsFacts.create(PipelineConfig.defaults());
 * ArticleFacts facts = newsFacts.process(article);
 * }</pre>
 */
public final class NewsFacts {

  private final AnnotationPipeline pipeline;
  private final FactExtractor extractor = new FactExtractor();

  private NewsFacts(AnnotationPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the models (10-30 s, a few GB of heap). */
  public static NewsFacts create(PipelineConfig config) {
    return new NewsFacts(new AnnotationPipeline(config));
  }

  /** Annotates and extracts one article. Thread-safe. */
  public ArticleFacts process(Article article) {
    CoreDocument document = pipeline.annotate(article.text(), article.publishedDate());
    return extractor.extract(article, document);
  }
}
