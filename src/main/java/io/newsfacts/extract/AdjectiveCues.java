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
 * Adjectives of stance and belief, which the PolNeAR guidelines count as cues: "the senator was
 * critical of the plan", "voters are skeptical about the deal", "she is confident that the bill
 * will pass", "he was not sure the vote would hold". The adjective's subject is the source; the
 * content is its "that"-clause or the phrase after its preposition. Without either ("a critical
 * vote", "she was sure") nothing is listed.
 */
final class AdjectiveCues {

  /** Each adjective and the prepositions that introduce what it is about. */
  private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
      Map.entry("critical", Set.of("of")), Map.entry("supportive", Set.of("of")),
      Map.entry("skeptical", Set.of("of", "about")), Map.entry("sceptical", Set.of("of", "about")),
      Map.entry("wary", Set.of("of")), Map.entry("dismissive", Set.of("of")),
      Map.entry("confident", Set.of("of", "about")), Map.entry("optimistic", Set.of("about")),
      Map.entry("pessimistic", Set.of("about")), Map.entry("sure", Set.of("about", "of")),
      Map.entry("certain", Set.of("about", "of")), Map.entry("convinced", Set.of("of")),
      Map.entry("adamant", Set.of("about")), Map.entry("unhappy", Set.of("with", "about")),
      Map.entry("opposed", Set.of("to")), Map.entry("hopeful", Set.of("about", "of")),
      Map.entry("doubtful", Set.of("about", "of")), Map.entry("aware", Set.of("of")));

  private AdjectiveCues() {}

  static boolean isCue(String lemma, String word, String posTag) {
    return posTag != null && posTag.startsWith("JJ") && (lemma != null
        && ADJECTIVES.containsKey(lemma.toLowerCase(Locale.ROOT))
        || word != null && ADJECTIVES.containsKey(word.toLowerCase(Locale.ROOT)));
  }

  /** Worth a parse: a cue adjective followed by "that", or by one of its prepositions. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    if (!isCue(token.lemma(), token.word(), token.tag()) || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    return next.equals("that") || cases(token.word()).contains(next)
        || tokens.get(i + 1).tag() != null && tokens.get(i + 1).tag().startsWith("PRP")
        || tokens.get(i + 1).tag() != null && tokens.get(i + 1).tag().startsWith("NNP");
  }

  /** The clause or phrase the adjective holds, null when it holds neither. */
  static int[] content(SemanticGraph tree, IndexedWord adjective) {
    if (!predicate(tree, adjective)) {
      return null; // "make sure they vote", "a critical vote": nobody holds the stance
    }
    Set<String> cases = cases(adjective.word());
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(adjective)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() < adjective.index()) {
        continue;
      }
      if (relation.equals("ccomp")) {
        return Subtrees.span(tree, dependent);
      }
      IndexedWord preposition = caseOf(tree, dependent);
      if ((relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advcl"))
          && preposition != null && preposition.index() == adjective.index() + 1
          && cases.contains(preposition.word().toLowerCase(Locale.ROOT))) {
        return new int[] {preposition.endPosition(), Subtrees.span(tree, dependent)[1]};
      }
    }
    return null;
  }

  /** "X is critical of": the adjective is the predicate, with its own copula or subject. */
  private static boolean predicate(SemanticGraph tree, IndexedWord adjective) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(adjective)) {
      String relation = edge.getRelation().toString();
      if (relation.equals("cop") || relation.equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> cases(String word) {
    return ADJECTIVES.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }

  private static IndexedWord caseOf(SemanticGraph tree, IndexedWord head) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("case") || relation.equals("mark"))
          && edge.getDependent().index() < head.index()) {
        return edge.getDependent();
      }
    }
    return null;
  }
}
