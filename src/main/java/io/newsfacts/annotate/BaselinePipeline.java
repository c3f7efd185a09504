package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

/**
 * Plain CoreNLP as its documentation suggests, for the evaluation's baseline: only the annotator
 * list is set, every other property keeps CoreNLP's default (default tokenizer options, default
 * sentence splitting, fine-grained NER, entity mentions on), and the document date goes to SUTime
 * through {@code DocDateAnnotation}. {@link #properties(Task)} is the one place its configuration
 * is written. Thread-safe after construction, like {@link AnnotationPipeline}.
 */
public final class BaselinePipeline {

  /** Which of CoreNLP's documented pipelines to build. */
  public enum Task {
    /** SUTime dates and NER entity mentions: {@code tokenize,ssplit,pos,lemma,ner}. */
    NER,
    /** Quotations with CoreNLP's own attribution: adds {@code depparse,coref,quote}. */
    QUOTES,
    /** Tokens, sentences and part-of-speech tags only, for HeidelTime: {@code tokenize,ssplit,pos}. */
    POS
  }

  private final Task task;
  private final StanfordCoreNLP corenlp;

  public BaselinePipeline(Task task) {
    this.task = Objects.requireNonNull(task, "task");
    this.corenlp = new StanfordCoreNLP(properties(task));
  }

  public Task task() {
    return task;
  }

  /** The baseline's CoreNLP properties: the documented annotator lists, nothing else. */
  public static Properties properties(Task task) {
    Properties p = new Properties();
    p.setProperty("annotators", switch (task) {
      // The NER annotator runs SUTime (dates, resolved against DocDateAnnotation) and builds
      // entity mentions (ner.buildEntityMentions defaults to true).
      case NER -> "tokenize,ssplit,pos,lemma,ner";
      // The quote annotator's attribution needs depparse and coref (CoreNLP's quote docs).
      case QUOTES -> "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
      case POS -> "tokenize,ssplit,pos";
    });
    return p;
  }

  /** Annotates one text, giving SUTime the publication date when there is one. */
  public CoreDocument annotate(String text, LocalDate publishedDate) {
    CoreDocument document = new CoreDocument(text);
    if (publishedDate != null) {
      document.annotation().set(CoreAnnotations.DocDateAnnotation.class, publishedDate.toString());
    }
    corenlp.annotate(document);
    return document;
  }
}
