package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;

/**
 * Where a reported clause ends. Its dependency subtree also holds what the writer adds after a
 * comma: a contrast ("54 percent said they liked her, while 30 percent did not"), a comparison
 * (", compared with 64 percent …") or a clause of its own with its own subject (", and
 * three-quarters said the same of Sanders"). The PolNeAR guidelines end the content before them:
 * they are not what the source said.
 */
final class ContentExtent {

  /** Subordinators of a writer's contrast, not of the source's reasoning ("because" stays). */
  private static final Set<String> CONTRAST_MARKS = Set.of("while", "whereas", "compared");

  private ContentExtent() {}

  /** The span of the clause headed by {@code head}, without trailing asides after a comma. */
  static int[] clause(SemanticGraph tree, IndexedWord head) {
    int[] span = ReportedSpeech.subtreeSpan(tree, head);
    int cut = span[1];
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      IndexedWord dependent = edge.getDependent();
      if (dependent.index() > head.index() && isAside(tree, edge)
          && commaBefore(tree, dependent)) {
        cut = Math.min(cut, ReportedSpeech.subtreeSpan(tree, dependent)[0]);
      }
    }
    return new int[] {span[0], cut};
  }

  private static boolean isAside(SemanticGraph tree, SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    IndexedWord dependent = edge.getDependent();
    if (relation.equals("advcl")) {
      IndexedWord first = firstWord(tree, dependent);
      return CONTRAST_MARKS.contains(first.word().toLowerCase(Locale.ROOT));
    }
    if (relation.equals("conj")) {
      for (SemanticGraphEdge e : tree.outgoingEdgeIterable(dependent)) {
        if (e.getRelation().toString().startsWith("nsubj")) {
          return true; // a clause with its own subject: another statement
        }
      }
    }
    return false;
  }

  /** The dependent's phrase follows a comma (the comma may open it or close the one before). */
  private static boolean commaBefore(SemanticGraph tree, IndexedWord dependent) {
    IndexedWord first = firstWord(tree, dependent);
    IndexedWord before = tree.getNodeByIndexSafe(first.index() - 1);
    return first.word().equals(",") || (before != null && before.word().equals(","));
  }

  private static IndexedWord firstWord(SemanticGraph tree, IndexedWord head) {
    IndexedWord first = head;
    for (IndexedWord w : tree.descendants(head)) {
      if (w.index() < first.index()) {
        first = w;
      }
    }
    return first;
  }
}
