package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Shows the tagger, NER and the parser the AP wire's underscore dash as the double hyphen they were
 * trained on, right before {@code pos}.
 *
 * <p>Why: AP copy of the 1980s and 1990s, as LDC's archives keep it, sets words off with a lone
 * underscore where others print a dash: "MOSCOW (AP)_ Presidents Kuchma and Yeltsin signed …",
 * "the stronghold _ which is on the border _ against …". CoreNLP's tokenizer keeps it a token of
 * its own, the tagger calls it NFP, and the parser hangs it as it pleases: a dateline's place runs
 * into the subject's phrase ("DETROIT (AP) _ General Motors Corp." as a speaker) and an aside
 * into the clause around it. The word {@code --} is what the Penn Treebank writes for a dash.
 * Only the word changes: character offsets and original text stay, and every fact is read from
 * those.
 */
final class TaggerWireDashes implements Annotator {

  /** The word the tagger knows a dash by. */
  static final String DASH = "--";

  TaggerWireDashes(Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null) {
      asDashes(tokens);
    }
  }

  /** Gives the word {@code --} to each token that is a lone underscore. */
  static void asDashes(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if ("_".equals(token.word())) {
        token.setWord(DASH);
        token.setValue(DASH);
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
