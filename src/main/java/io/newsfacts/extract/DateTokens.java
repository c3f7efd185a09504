package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's tokens, sentences and part-of-speech tags as plain records, for date taggers that
 * bring their own rules but not their own tokenizer (HeidelTime in the evaluation). Offsets are
 * CoreNLP's: UTF-16 chars into the text.
 */
public final class DateTokens {

  /** One token: char offsets, the index of its sentence, its Penn Treebank tag. */
  public record PosToken(int begin, int end, int sentence, String pos) {}

  private DateTokens() {}

  public static List<PosToken> of(CoreDocument document) {
    List<PosToken> tokens = new ArrayList<>();
    List<CoreSentence> sentences = document.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (CoreLabel t : sentences.get(s).tokens()) {
        tokens.add(new PosToken(t.beginPosition(), t.endPosition(), s, t.tag()));
      }
    }
    return tokens;
  }
}
