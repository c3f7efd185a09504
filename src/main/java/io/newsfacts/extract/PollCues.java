package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "In the new poll, 40 percent back the plan", "The senator was at 25 percent in a Fox poll": a
 * finding reported as what one poll or survey shows. The PolNeAR guidelines take documents and
 * studies as sources; here the cue is the preposition "in", the source the poll's phrase and the
 * content the clause it modifies (like "according to X"). Only one poll, named as the place of
 * the figure: "leads in the polls" (a standing, not one poll's finding), "voters surveyed in a
 * poll" and "voters in the poll" (who was asked, not what was found) and a clause that already
 * reports ("In a poll, 60 percent said …": the verb's relation) are not read.
 */
final class PollCues {

  private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");
  /** Tokens between "in" and the poll noun ("in a new Fox News poll"). */
  private static final int MAX_GAP = 7;

  private PollCues() {}

  /** Worth a parse: "in" with a singular poll noun a few tokens after it. */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    if (!"in".equalsIgnoreCase(tokens.get(i).word())) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + MAX_GAP; k++) {
      CoreLabel t = tokens.get(k);
      if (POLL_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause a poll reports through "in", or null: {@code in} marks (case) a singular poll
   * noun that modifies (obl, nmod) a clause head with a subject of its own, which is no cue.
   */
  static IndexedWord clause(SemanticGraph tree, IndexedWord in) {
    IndexedWord poll = tree.getParent(in);
    if (!"in".equalsIgnoreCase(in.word()) || poll == null
        || !POLL_NOUNS.contains(poll.lemma()) || !"NN".equals(poll.tag())
        || !"case".equals(tree.getEdge(poll, in).getRelation().toString())) {
      return null;
    }
    IndexedWord head = tree.getParent(poll);
    if (head == null) {
      return null;
    }
    String relation = tree.getEdge(head, poll).getRelation().toString();
    if (!relation.startsWith("obl") && !relation.startsWith("nmod")
        || Subtrees.child(tree, head, "nsubj") == null
        && Subtrees.child(tree, head, "nsubj:pass") == null
        || AttributionCues.isCue(tree, head) || Subtrees.child(tree, head, "ccomp") != null) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      if (edge.getRelation().toString().startsWith("parataxis")
          && AttributionCues.isCue(tree, edge.getDependent())) {
        return null; // "…, the poll found" or "…, voters said": that cue reports the clause
      }
    }
    return head;
  }
}
