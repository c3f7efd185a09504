package io.newsfacts.extract;

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

  private SpeechVerbs() {}

  static boolean isSpeechVerb(String lemma, String posTag) {
    return lemma != null && posTag != null && posTag.startsWith("VB")
        && LEMMAS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
