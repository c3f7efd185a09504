package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The noun phrase that names a speaker, grown from its head word along the dependency tree: "A
 * senior US defense official", "South Korea's defense ministry", but not an apposition or a
 * relative clause hanging off it.
 */
final class SpeakerPhrase {

  /** A phrase in char offsets, with whether it joins several speakers ("X, Y and Z"). */
  record Span(int begin, int end, boolean coordinated) {}

  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "compound:prt", "flat",
      "flat:foreign", "amod", "det", "det:predet", "nmod:poss", "nummod", "case", "conj", "cc",
      "nmod", "nmod:npmod", "nmod:tmod", "punct", "fixed", "goeswith");

  private SpeakerPhrase() {}

  static Span grow(SemanticGraph tree, IndexedWord head) {
    int begin = head.beginPosition();
    int end = head.endPosition();
    boolean coordinated = false;
    Deque<IndexedWord> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      IndexedWord word = todo.pop();
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
        String relation = edge.getRelation().toString();
        if (!PHRASE_RELATIONS.contains(relation) || isPunctuation(edge.getDependent())
            || (word.equals(head) && relation.equals("case"))) {
          continue; // the head's own preposition ("according to", "by") is not part of the name
        }
        coordinated |= word.equals(head) && relation.equals("conj");
        IndexedWord child = edge.getDependent();
        begin = Math.min(begin, child.beginPosition());
        end = Math.max(end, child.endPosition());
        todo.push(child);
      }
    }
    return new Span(begin, end, coordinated);
  }

  private static boolean isPunctuation(IndexedWord word) {
    return word.tag() != null && !word.tag().isEmpty()
        && !Character.isLetterOrDigit(word.tag().charAt(0));
  }
}
