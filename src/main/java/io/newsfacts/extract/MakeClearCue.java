package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "X made (it) clear that …", "made it plain that …": a light verb whose adjective says the
 * source stated something (the PolNeAR guidelines' cue is the whole "made it clear", the content
 * the clause). The basic tree hangs the clause on the adjective (xcomp(made, clear), ccomp(clear,
 * granted)) or on the verb, so no relation came from "make", which is no cue on its own.
 */
final class MakeClearCue {

  /** What was read: where the cue ends ("clear") and the reported clause's head. */
  record Reading(int cueEnd, IndexedWord clause) {}

  private static final Set<String> ADJECTIVES = Set.of("clear", "plain");

  private MakeClearCue() {}

  /** Worth a parse: a form of "make" with "clear" or "plain" next, or after "it". */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (!"make".equalsIgnoreCase(token.lemma()) || token.tag() == null
        || !token.tag().startsWith("VB")) {
      return false;
    }
    int k = i + 1 < tokens.size() && "it".equalsIgnoreCase(tokens.get(i + 1).word()) ? i + 2 : i + 1;
    return k < tokens.size() && ADJECTIVES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
  }

  /** The reading at a form of "make", or null when no adjective or no clause after it. */
  static Reading read(SemanticGraph tree, IndexedWord verb) {
    if (!"make".equalsIgnoreCase(verb.lemma())) {
      return null;
    }
    IndexedWord next = tree.getNodeByIndexSafe(verb.index() + 1);
    IndexedWord adjective = next != null && next.word().equalsIgnoreCase("it")
        ? tree.getNodeByIndexSafe(verb.index() + 2) : next;
    if (adjective == null || !ADJECTIVES.contains(adjective.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (IndexedWord head : List.of(adjective, verb)) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
        if (edge.getRelation().toString().equals("ccomp")
            && edge.getDependent().index() > adjective.index()) {
          return new Reading(adjective.endPosition(), edge.getDependent());
        }
      }
    }
    return null;
  }
}
