package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses on demand, configured as the pipeline configures them (fewer precomputed inputs), give
 * exactly the basic trees of CoreNLP's depparse with its defaults, and only where asked.
 */
@Tag("models")
class DependenciesOnDemandTest {

  private static final String TEXT = "\"We will not back down,\" the minister told reporters on "
      + "Friday. Shares of the Osaka-based company, which makes chips, fell 3% in early trading. "
      + "According to Lee Jong-sup, the drills that began Monday were planned months ago.";

  private static StanfordCoreNLP tagger;
  private static DependenciesOnDemand onDemand;
  private static DependencyParseAnnotator depparse;

  @BeforeAll
  static void loadModels() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(p);
    onDemand = new DependenciesOnDemand(PipelineConfig.defaults().toProperties());
    depparse = new DependencyParseAnnotator();
  }

  private static CoreDocument tagged() {
    CoreDocument document = new CoreDocument(TEXT);
    tagger.annotate(document);
    return document;
  }

  @Test
  void parsesOnlyTheSentencesAskedFor() {
    CoreDocument document = tagged();
    onDemand.annotate(document.annotation());

    assertThat(DependenciesOnDemand.basicTree(document.sentences().get(1))).isNotNull();

    assertThat(document.sentences().get(0).coreMap()
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).isNull();
    assertThat(document.sentences().get(2).coreMap()
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).isNull();
  }

  @Test
  void givesTheBasicTreesDepparseGives() {
    CoreDocument byDemand = tagged();
    onDemand.annotate(byDemand.annotation());
    CoreDocument byDepparse = tagged();
    depparse.annotate(byDepparse.annotation());

    for (int s = 0; s < byDemand.sentences().size(); s++) {
      assertThat(DependenciesOnDemand.basicTree(byDemand.sentences().get(s)).toList())
          .isEqualTo(byDepparse.sentences().get(s).coreMap()
              .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList());
    }
  }

  @Test
  void noTreeWithoutAParser() {
    CoreDocument document = tagged();
    assertThat(DependenciesOnDemand.basicTree(document.sentences().get(0))).isNull();
  }
}
