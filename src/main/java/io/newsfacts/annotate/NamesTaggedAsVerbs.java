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

  private NamesTaggedAsVerbs() {}

  /**
   * Re-tags as NNP each token NER put in a person's name that carries a verb's, modal's or
   * interjection's tag ("Pep Guardiola" had "Pep" UH, and the parser no subject for its verb),
   * and each gerund or base verb inside an organisation's name, sentence by sentence, except in
   * a headline's title case: there NER runs a name on into its verb ("Chris Christie Calls
   * Hillary Clinton …", "…, Lindsey Graham Says").
   */
  static void retag(List<CoreLabel> sentence) {
    if (TitleCase.isMostlyCapitalised(sentence.stream().map(CoreLabel::word).toList(), 0)) {
      return;
    }
    for (int i = 0; i < sentence.size(); i++) {
      CoreLabel token = sentence.get(i);
      String tag = token.tag();
      if (tag != null && ("PERSON".equals(token.ner())
          && (tag.startsWith("VB") || tag.equals("MD") || tag.equals("UH"))
          || isVerbInsideOrganisation(sentence, i))) {
        token.setTag("NNP");
        token.setLemma(token.word());
      }
    }
  }

  /**
   * "the Department for Levelling Up, Housing and Communities": a capitalised gerund or base
   * verb inside an organisation's name, with more of the name before and after it, belongs to the
   * name. A finite verb does not ("Acme Praises …": NER runs a name into its verb), nor one the
   * name opens or ends on: "Addressing New York State Republican Party's annual gala, Trump
   * said" is capitalised for opening the sentence, and NER took it into the party's name.
   */
  private static boolean isVerbInsideOrganisation(List<CoreLabel> sentence, int i) {
    CoreLabel token = sentence.get(i);
    return "ORGANIZATION".equals(token.ner()) && ("VBG".equals(token.tag())
        || "VB".equals(token.tag())) && Character.isUpperCase(token.word().codePointAt(0))
        && i > 0 && "ORGANIZATION".equals(sentence.get(i - 1).ner())
        && i + 1 < sentence.size() && "ORGANIZATION".equals(sentence.get(i + 1).ner());
  }

}
