package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Phrases of a basic dependency tree ({@link Sentences#basicTree}): there a word's subtree is its
 * phrase, so the attribution extractors read sources, cues and contents off subtrees.
 */
final class Subtrees {

  /**
   * The dashes news sets words off with: em, en, and the typed double hyphen; a single hyphen
   * only with spaces on both sides ("WELLINGTON, June 3 (Reuters) - Finance Minister …").
   */
  private static final java.util.Set<String> DASHES = java.util.Set.of("\u2014", "\u2013", "--");

  private Subtrees() {}

  /** A dash setting words off ("Crime fell — police said", "WASHINGTON — Sen. …"). */
  static boolean isDash(IndexedWord word) {
    return DASHES.contains(word.word()) || DASHES.contains(word.originalText())
        || word.word().equals("-") && !word.before().isEmpty() && !word.after().isEmpty();
  }

  /** The word's first dependent by {@code relation} ("nmod:poss", "case"), or null. */
  static IndexedWord child(SemanticGraph tree, IndexedWord word, String relation) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(word)) {
      if (edge.getRelation().toString().equals(relation)) {
        return edge.getDependent();
      }
    }
    return null;
  }

  /** Whether a noun's phrase opens with {@code preposition} ("by the board", "as Cornyn"). */
  static boolean hasCase(SemanticGraph tree, IndexedWord noun, String preposition) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(noun)) {
      if (edge.getRelation().toString().equals("case")
          && edge.getDependent().word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** The char span of a word's subtree. */
  static int[] span(SemanticGraph tree, IndexedWord head) {
    int begin = head.beginPosition();
    int end = head.endPosition();
    for (IndexedWord w : tree.descendants(head)) {
      begin = Math.min(begin, w.beginPosition());
      end = Math.max(end, w.endPosition());
    }
    return new int[] {begin, end};
  }

  /** A word NER read as part of a date or a time of day ("Monday", "this week", "noon"). */
  static boolean isTimeWord(IndexedWord word) {
    return "DATE".equals(word.ner()) || "TIME".equals(word.ner());
  }

  /** The first word of a word's subtree. */
  static IndexedWord firstWord(SemanticGraph tree, IndexedWord head) {
    IndexedWord first = head;
    for (IndexedWord w : tree.descendants(head)) {
      if (w.index() < first.index()) {
        first = w;
      }
    }
    return first;
  }

  /** The preposition or mark before a phrase's head ("of" in "of the plan"), or null. */
  static IndexedWord caseOf(SemanticGraph tree, IndexedWord head) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("case") || relation.equals("mark"))
          && edge.getDependent().index() < head.index()) {
        return edge.getDependent();
      }
    }
    return null;
  }

  /** "against the parking levy" without "against": the stance is on the levy. */
  static int[] withoutCase(SemanticGraph tree, IndexedWord head) {
    int[] whole = span(tree, head);
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      IndexedWord word = edge.getDependent();
      if ((relation.equals("case") || relation.equals("mark")) && word.beginPosition() == whole[0]) {
        IndexedWord next = tree.getNodeByIndexSafe(word.index() + 1);
        return next == null ? whole : new int[] {next.beginPosition(), whole[1]};
      }
    }
    return whole;
  }
}
