package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The CoreNLP pipeline: built once (loading the models takes seconds and gigabytes) and then shared
 * by every worker thread; {@link StanfordCoreNLP#annotate} is safe to call concurrently.
 */
public final class AnnotationPipeline {

  private final PipelineConfig config;
  private final StanfordCoreNLP corenlp;

  public AnnotationPipeline(PipelineConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    // CoreNLP's INFO lines (every model it loads) would bury the batch's own progress and errors.
    RedwoodConfiguration.errorLevel().apply();
    this.corenlp = ModelLoader.load(config);
  }

  public PipelineConfig config() {
    return config;
  }

  /**
   * Annotates one text. The publication date, when known, is the reference SUTime resolves
   * relative expressions ("Saturday", "last year") against.
   */
  public CoreDocument annotate(String text, LocalDate publishedDate) {
    CoreDocument document = new CoreDocument(text);
    if (publishedDate != null) {
      document.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class,
          publishedDate.toString());
    }
    corenlp.annotate(document);
    return document;
  }
}
