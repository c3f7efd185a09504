package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that take sides through a preposition, which the PolNeAR guidelines count as cues with
 * what is argued for or against as content: "the union pushed for a new contract", "she railed
 * against the ruling", "he campaigned for paid leave", "the council sided with the tenants",
 * "the pilot asked for volunteers". Only the preposition that names the side counts, so "pushed
 * the cart", "campaigned in Ohio" and "asked about the delay" are none here ("asked about" is a
 * topic, see {@link TopicCues}); reading the phrase after it is {@link TopicCues#phraseAfter}.
 */
final class PrepositionalStanceCues {

  /** Each verb and the prepositions that introduce the side it takes. */
  private static final Map<String, Set<String>> STANCE_CASES = Map.ofEntries(
      Map.entry("push", Set.of("for")),
      Map.entry("press", Set.of("for")),
      Map.entry("campaign", Set.of("for", "against")),
      Map.entry("lobby", Set.of("for", "against")),
      Map.entry("advocate", Set.of("for", "against")),
      Map.entry("argue", Set.of("for", "against")),
      Map.entry("crusade", Set.of("for", "against")),
      Map.entry("agitate", Set.of("for", "against")),
      Map.entry("rail", Set.of("against")),
      Map.entry("inveigh", Set.of("against")),
      Map.entry("warn", Set.of("against")),
      Map.entry("speak", Set.of("against")), // "spoke out against"; "spoke for" is often on behalf
      Map.entry("side", Set.of("with", "against")),
      Map.entry("plead", Set.of("for")),
      Map.entry("clamor", Set.of("for")),
      Map.entry("clamour", Set.of("for")),
      Map.entry("vouch", Set.of("for")),
      Map.entry("ask", Set.of("for")));

  private PrepositionalStanceCues() {}

  static boolean isCue(String lemma, String posTag) {
    return lemma != null && posTag != null && posTag.startsWith("VB")
        && STANCE_CASES.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** Worth a parse: one of these verbs with its preposition within three words. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    return isCue(token.lemma(), token.tag()) && TopicCues.prepositionFollows(tokens, i,
        STANCE_CASES.get(token.lemma().toLowerCase(Locale.ROOT)));
  }

  /** What the verb argues for or against, without the preposition; null when it names none. */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    return TopicCues.phraseAfter(tree, verb,
        STANCE_CASES.getOrDefault(verb.lemma().toLowerCase(Locale.ROOT), Set.of()));
  }
}
