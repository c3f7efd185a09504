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
    return clippedAtDashes(tree, head, new Span(begin, end, coordinated));
  }

  /**
   * "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed …": a dash sets off a dateline or an
   * aside, never a part of one name, though the parser may hang the words before it from the
   * name; the phrase keeps the head's side of any dash.
   */
  private static Span clippedAtDashes(SemanticGraph tree, IndexedWord head, Span span) {
    int begin = span.begin();
    int end = span.end();
    for (IndexedWord word : tree.vertexListSorted()) {
      if (!Subtrees.isDash(word) || word.beginPosition() < begin
          || word.endPosition() > end) {
        continue;
      }
      if (word.endPosition() <= head.beginPosition()) {
        begin = nextWordBegin(tree, word);
      } else if (word.beginPosition() >= head.endPosition()) {
        end = Math.min(end, lastWordEnd(tree, word));
      }
    }
    return begin == span.begin() && end == span.end() ? span
        : new Span(begin, end, span.coordinated());
  }

  private static int nextWordBegin(SemanticGraph tree, IndexedWord dash) {
    IndexedWord next = tree.getNodeByIndexSafe(dash.index() + 1);
    return next == null ? dash.endPosition() : next.beginPosition();
  }

  private static int lastWordEnd(SemanticGraph tree, IndexedWord dash) {
    IndexedWord before = tree.getNodeByIndexSafe(dash.index() - 1);
    return before == null ? dash.beginPosition() : before.endPosition();
  }

  private static boolean isPunctuation(IndexedWord word) {
    return word.tag() != null && !word.tag().isEmpty()
        && !Character.isLetterOrDigit(word.tag().charAt(0));
  }
}
