package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs that attribute a clause to a source, by lemma: the reporting verbs quotes use ({@link
 * SpeechVerbs}) and, as the PolNeAR guidelines count them, verbs of thought, intention and
 * evidence ("believes that", "expects", "the report found that", "polls show"). They cue an
 * attribution only with a clausal complement, so "she found her keys" is none.
 */
final class AttributionCues {

  private static final Set<String> MORE_LEMMAS = Set.of(
      "believe", "think", "expect", "fear", "hope", "know", "feel", "find", "show", "reveal",
      "learn", "hear", "worry", "doubt", "assume", "understand", "realize", "realise", "recognize",
      "recognise", "estimate", "figure", "guess", "suspect", "imagine", "reckon", "wish",
      "determine", "calculate", "forecast", "project", "prove", "demonstrate", "hint", "signal",
      "mention", "disclose", "read", "contend", "speculate", "theorize", "guarantee", "bet",
      "swear", "acknowledge", "concede", "predict", "conclude",
      "add", "tell", "insist", "deny", "warn", "suggest", "say", "agree", "cite", "echo",
      "express");

  /**
   * Reporting verbs of quotations that neither take a clause nor have a message as their object
   * ("called him a liar", "described the plan as …", "continued"): no relation here, and no parse
   * of their sentence for one ({@link NamingCues} reads naming, with a narrower gate).
   */
  private static final Set<String> NOT_CUES = Set.of("continue", "call", "describe", "label",
      "brand", "dub", "welcome", "hail", "answer", "cry", "scream", "yell", "tout", "slam",
      "blast");

  private AttributionCues() {}

  /** A verb that can report or hold a clause for its subject. */
  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return !NOT_CUES.contains(l) && (SpeechVerbs.isSpeechVerb(lemma, posTag)
        || MORE_LEMMAS.contains(l));
  }

  /** {@link #isCue(String, String)}, or a verb that reports with its particle ("pointed out"). */
  static boolean isCue(SemanticGraph tree, IndexedWord verb) {
    return isCue(verb.lemma(), verb.tag()) || SpeechVerbs.isParticleSpeechVerb(tree, verb);
  }
}
