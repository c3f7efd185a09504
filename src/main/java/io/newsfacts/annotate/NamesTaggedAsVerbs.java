package io.newsfacts.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Words of a person's name that the tagger took for verbs, shown to the parser and the extractors
 * as the proper nouns they are, once NER has found the name.
 *
 * <p>Why: the tagger reads each word in its sentence, and a surname that is also a verb gets the
 * verb's tag where the sentence allows one: "Shane Shook, a cyber security expert …, said" tags
 * "Shook" VBD, and the parser then makes "Shook" the sentence's verb, with the expert as its
 * object and no subject for "said". NER reads the name whole. Only the tag and the lemma change
 * (the lemma of "Shook" was "shake"); words, offsets and the name's entity stay.
 */
final class NamesTaggedAsVerbs {

  /** Shorter words ("of", "the", "a") stay in lower case in a headline's title case. */
  private static final int TITLE_CASE_WORD = 4;

  private NamesTaggedAsVerbs() {}

  /**
   * Re-tags as NNP each token NER put in a person's name that carries a verb's or modal's tag,
   * sentence by sentence, except in a headline's title case: there NER runs a name on into its
   * verb ("Chris Christie Calls Hillary Clinton …", "…, Lindsey Graham Says").
   */
  static void retag(List<CoreLabel> sentence) {
    if (isTitleCase(sentence)) {
      return;
    }
    for (CoreLabel token : sentence) {
      String tag = token.tag();
      if ("PERSON".equals(token.ner()) && tag != null
          && (tag.startsWith("VB") || tag.equals("MD"))) {
        token.setTag("NNP");
        token.setLemma(token.word());
      }
    }
  }

  /** No word of four letters or more in lower case: a headline's capitals. */
  private static boolean isTitleCase(List<CoreLabel> sentence) {
    for (CoreLabel token : sentence) {
      String word = token.word();
      if (word != null && word.length() >= TITLE_CASE_WORD
          && Character.isLowerCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
