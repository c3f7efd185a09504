package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Verbs news uses to report speech, by lemma. */
final class SpeechVerbs {

  private static final Set<String> LEMMAS = Set.of(
      "say", "tell", "add", "declare", "state", "announce", "claim", "insist", "warn", "explain",
      "note", "write", "ask", "reply", "respond", "argue", "acknowledge", "admit", "comment",
      "describe", "call", "suggest", "predict", "urge", "vow", "promise", "pledge", "stress",
      "emphasise", "emphasize", "tweet", "post", "recall", "conclude", "continue", "maintain",
      "assert", "deny", "complain", "concede", "confirm", "indicate", "observe", "remark",
      "reiterate", "repeat", "quip", "joke", "shout", "testify", "report", "caution", "contend",
      "charge", "allege", "accuse", "boast", "blast", "criticise", "criticize", "praise",
      "recount", "answer", "cry", "exclaim", "mutter", "whisper", "yell", "scream", "proclaim",
      "affirm", "agree", "disagree", "assure", "demand", "propose", "question", "wonder", "hail",
      "welcome", "slam", "condemn", "denounce", "lament", "tout", "dub", "label", "brand");

  /**
   * Verbs that report only with their particle: "pointed out that …" ("pointed to the figures"
   * is a topic, see {@link TopicCues}; "pointed at the door" is none). Reported speech reads them;
   * speakers of quotations only in an "as" clause right before one ("As the Gazette pointed out,
   * “…”", {@code SpeakerAttributor}): everywhere, "…, but they could not resist pointing out that
   * …" took a quotation before it from the verb it belongs to (PolNeAR dev 90.2 -> 90.1, train
   * 641-840 90.3 -> 90.4).
   */
  private static final Map<String, String> PARTICLE_VERBS = Map.of("point", "out");

  private SpeechVerbs() {}

  static boolean isSpeechVerb(String lemma, String posTag) {
    return lemma != null && posTag != null && posTag.startsWith("VB")
        && LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A word whose lemma is a verb of saying, whatever the tagger called it. */
  static boolean isSpeechLemma(String lemma) {
    return lemma != null && LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** "pointed out": the verb has its reporting particle in the parse. */
  static boolean isParticleSpeechVerb(SemanticGraph tree, IndexedWord verb) {
    String particle = particleOf(verb.lemma(), verb.tag());
    IndexedWord found = particle == null ? null : Subtrees.child(tree, verb, "compound:prt");
    return found != null && found.word().equalsIgnoreCase(particle);
  }

  /** Before the parse: a particle verb with its particle within the next two words. */
  static boolean mayBeParticleSpeechVerb(List<CoreLabel> tokens, int i) {
    String particle = particleOf(tokens.get(i).lemma(), tokens.get(i).tag());
    for (int j = i + 1; particle != null && j <= i + 2 && j < tokens.size(); j++) {
      if (tokens.get(j).word().equalsIgnoreCase(particle)) {
        return true;
      }
    }
    return false;
  }

  private static String particleOf(String lemma, String posTag) {
    return lemma == null || posTag == null || !posTag.startsWith("VB") ? null
        : PARTICLE_VERBS.get(lemma.toLowerCase(Locale.ROOT));
  }
}
