package io.newsfacts;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.newsfacts.annotate.AnnotationPipeline;
import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.extract.FactExtractor;
import io.newsfacts.extract.QuoteFinder;
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
    return new NewsFacts(new AnnotationPipeline(config, QuoteFinder::primaryMarkBegins));
  }

  /** An article's facts and how many tokens it had (for throughput figures). */
  public record Result(ArticleFacts facts, int tokens) {}

  /** Annotates and extracts one article. Thread-safe. */
  public ArticleFacts process(Article article) {
    return run(article).facts();
  }

  /** As {@link #process}, with the article's token count. */
  public Result run(Article article) {
    CoreDocument document = pipeline.annotate(article.text(), article.publishedDate());
    return new Result(extractor.extract(article, document), document.tokens().size());
  }
}
