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
  private final PrimaryQuoteMarks quoteMarks;

  /**
   * A pipeline whose tagger reads the primary marks {@code quoteMarks} finds as double marks in
   * every convention ({@link TaggerQuoteMarks}). There is no constructor without it: a pipeline
   * that tagged the marks as written would give British-style articles other parses, and so other
   * facts, than the batch does.
   */
  public AnnotationPipeline(PipelineConfig config, PrimaryQuoteMarks quoteMarks) {
    this.config = Objects.requireNonNull(config, "config");
    this.quoteMarks = Objects.requireNonNull(quoteMarks, "quoteMarks");
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
    document.annotation().set(TaggerQuoteMarks.MarksAnnotation.class, quoteMarks.begins(text));
    corenlp.annotate(document);
    return document;
  }
}
