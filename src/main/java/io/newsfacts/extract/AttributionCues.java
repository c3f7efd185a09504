package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * Verbs that report only with their particle: "pointed out that …" ("pointed to the figures" is
   * a topic, see {@link TopicCues}; "pointed at the door" is none).
   */
  private static final Map<String, String> PARTICLE_CUES = Map.of("point", "out");

  private AttributionCues() {}

  /** {@link #isCue(String, String)}, or a verb with the particle that makes it report. */
  static boolean isCue(SemanticGraph tree, IndexedWord verb) {
    return isCue(verb.lemma(), verb.tag()) || hasReportingParticle(tree, verb);
  }

  private static boolean hasReportingParticle(SemanticGraph tree, IndexedWord verb) {
    String particle = verb.lemma() == null || verb.tag() == null || !verb.tag().startsWith("VB")
        ? null : PARTICLE_CUES.get(verb.lemma().toLowerCase(Locale.ROOT));
    if (particle == null) {
      return false;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      if (edge.getRelation().toString().equals("compound:prt")
          && edge.getDependent().word().equalsIgnoreCase(particle)) {
        return true;
      }
    }
    return false;
  }

  /** Before the parse: a particle verb with its particle within the next two words. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    String particle = token.lemma() == null || token.tag() == null
        || !token.tag().startsWith("VB") ? null
        : PARTICLE_CUES.get(token.lemma().toLowerCase(Locale.ROOT));
    for (int j = i + 1; particle != null && j <= i + 2 && j < tokens.size(); j++) {
      if (tokens.get(j).word().equalsIgnoreCase(particle)) {
        return true;
      }
    }
    return false;
  }

  /** A verb that can report or hold a clause for its subject. */
  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return !NOT_CUES.contains(l) && (SpeechVerbs.isSpeechVerb(lemma, posTag)
        || MORE_LEMMAS.contains(l));
  }
}
