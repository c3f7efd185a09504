package io.newsfacts.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CoreNLP's three NER models end up holding one lexicon between them, and tag as before. */
@Tag("models")
class SharedDistsimLexiconTest {

  private static final String TEXT = "Kim Jong Un oversaw the launch from Pyongyang, the Korean "
      + "Central News Agency said on Friday, while Toyota shares fell 3% in Tokyo.";

  private static StanfordCoreNLP tagger;
  private static Annotator ner;

  @BeforeAll
  static void loadModels() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    tagger = new StanfordCoreNLP(p);
    // CoreNLP's own three default models: NewsFacts itself now runs one (PipelineConfig), but
    // sharing must still hold for any configuration with several.
    Properties nerProperties = PipelineConfig.defaults().toProperties();
    nerProperties.setProperty("ner.model", String.join(",",
        DefaultPaths.DEFAULT_NER_THREECLASS_MODEL, DefaultPaths.DEFAULT_NER_MUC_MODEL,
        DefaultPaths.DEFAULT_NER_CONLL_MODEL));
    ner = new AnnotatorImplementations().ner(nerProperties);
  }

  private static List<String> tags() {
    CoreDocument document = new CoreDocument(TEXT);
    tagger.annotate(document);
    ner.annotate(document.annotation());
    return document.tokens().stream().map(t -> t.word() + "/" + t.ner()).toList();
  }

  @Test
  void threeModelsShareOneLexiconAndTagTheSame() {
    assertThat(SharedDistsimLexicon.distinctLexicons(ner)).isEqualTo(3);
    List<String> before = tags();

    assertThat(SharedDistsimLexicon.shareAcrossModels(ner)).isSameAs(ner);

    assertThat(SharedDistsimLexicon.distinctLexicons(ner)).isEqualTo(1);
    assertThat(tags()).isEqualTo(before).contains("Pyongyang/LOCATION", "Toyota/ORGANIZATION");
  }

  @Test
  void leavesAnyOtherAnnotatorAlone() {
    assertThat(SharedDistsimLexicon.shareAcrossModels(tagger)).isSameAs(tagger);
    assertThat(SharedDistsimLexicon.distinctLexicons(tagger)).isZero();
  }
}
